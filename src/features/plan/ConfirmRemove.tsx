/**
 * A remove button that asks first, in place: "Remove …?" with a confirm and a
 * cancel button (Escape cancels too). Focus moves to the question's confirm
 * button and back; after "Yes, remove" it goes where the app's focus rule
 * says (the item that takes the removed one's place, else the list heading).
 */
import { useEffect, useRef, useState } from 'react';
import { keepPlace, placeAfterRemoval } from '../../app/focus/moveFocus';

export interface ConfirmRemoveProps {
  /** Button text, e.g. "Remove step". */
  label: string;
  /** Accessible name when the label alone is ambiguous, e.g. "Remove step 1.2". */
  name?: string;
  /** The question, naming what will be lost. */
  question: string;
  onConfirm: () => void;
}

export function ConfirmRemove({ label, name, question, onConfirm }: ConfirmRemoveProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button
        type="button"
        className="btn-danger-quiet"
        aria-label={name}
        ref={openRef}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  return (
    <span
      className="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        setAsking(false);
      }}
    >
      <span className="confirm-q">{question}</span>
      <button
        type="button"
        className="btn-danger"
        ref={confirmRef}
        onClick={() => {
          keepPlace(placeAfterRemoval(confirmRef.current));
          onConfirm();
        }}
      >
        Yes, remove
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
