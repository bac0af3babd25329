/** The optional comment of an evaluation, with the privacy reminder tied to it. */
import { useId } from 'react';

export function CommentField({
  value,
  onChange,
  max,
}: {
  value: string;
  onChange: (text: string) => void;
  max: number;
}) {
  const id = useId();
  return (
    <div className="evaluation-comment">
      <label htmlFor={id}>Comment (optional)</label>
      <p id={`${id}-hint`} className="muted small">
        Anonymous. Please do not name children, families or anyone else.
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={3}
        maxLength={max}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  );
}
