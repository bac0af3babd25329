/**
 * A labelled input or textarea bound to a Y.Text. Typing becomes the
 * smallest edit of the shared text (so a teammate's concurrent typing in the
 * same field merges), and changes from elsewhere (another tab, the team,
 * undo) update the field while keeping the caret where the user was.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import type * as Y from 'yjs';
import { setText, transformPosition } from '../../domain/plan';
import { PLAN_FIELD_ATTR } from './undo/undoRoute';
import { FieldPresence } from './presence/FieldPresence';

export interface YTextFieldProps {
  ytext: Y.Text;
  label: string;
  id: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: string;
  className?: string;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

export function YTextField({
  ytext,
  label,
  id,
  multiline,
  rows = 3,
  placeholder,
  hint,
  className,
}: YTextFieldProps) {
  const [value, setValue] = useState(() => ytext.toString());
  const ref = useRef<Field>(null);
  const typing = useRef(false);
  const caret = useRef<[number, number] | null>(null);

  useEffect(() => {
    setValue(ytext.toString());
    const observer = (event: Y.YTextEvent) => {
      const el = ref.current;
      if (!typing.current && el && document.activeElement === el) {
        const delta = event.delta as Parameters<typeof transformPosition>[1];
        caret.current = [
          transformPosition(el.selectionStart ?? 0, delta),
          transformPosition(el.selectionEnd ?? 0, delta),
        ];
      }
      setValue(ytext.toString());
    };
    ytext.observe(observer);
    return () => ytext.unobserve(observer);
  }, [ytext]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (caret.current && el) {
      el.setSelectionRange(caret.current[0], caret.current[1]);
      caret.current = null;
    }
  }, [value]);

  const onChange = (e: ChangeEvent<Field>) => {
    typing.current = true;
    try {
      setText(ytext, e.currentTarget.value, e.currentTarget.selectionStart ?? undefined);
    } finally {
      typing.current = false;
    }
    setValue(e.currentTarget.value);
  };

  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldPresence fieldId={id} />
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          id={id}
          ref={ref as React.RefObject<HTMLTextAreaElement>}
          value={value}
          rows={rows}
          placeholder={placeholder}
          aria-describedby={hintId}
          onChange={onChange}
          {...{ [PLAN_FIELD_ATTR]: '' }}
        />
      ) : (
        <input
          id={id}
          ref={ref as React.RefObject<HTMLInputElement>}
          type="text"
          value={value}
          placeholder={placeholder}
          aria-describedby={hintId}
          onChange={onChange}
          {...{ [PLAN_FIELD_ATTR]: '' }}
        />
      )}
    </div>
  );
}
