/**
 * A remove button that asks first, in place: "Remove …?" with a confirm and a
 * cancel button. Focus moves to the question's confirm button and back.
 */
import { useEffect, useRef, useState } from 'react';

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
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-q">{question}</span>
      <button type="button" className="btn-danger" ref={confirmRef} onClick={onConfirm}>
        Yes, remove
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
