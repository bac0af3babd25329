/** A 1–5 rating as a radio group with its question as the legend. */
import { useId } from 'react';

const LABELS = ['1 (not useful)', '2', '3', '4', '5 (very useful)'];

export function RatingScale({
  legend,
  name,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  value: number | undefined;
  onChange: (rating: number) => void;
}) {
  const id = useId();
  return (
    <fieldset className="rating-scale">
      <legend>{legend}</legend>
      <div className="rating-options">
        {LABELS.map((label, i) => (
          <label key={label} htmlFor={`${id}-${i + 1}`}>
            <input
              id={`${id}-${i + 1}`}
              type="radio"
              name={`${name}-${id}`}
              value={i + 1}
              checked={value === i + 1}
              onChange={() => onChange(i + 1)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
