/**
 * A compact multi-select: one line saying what is chosen ("Courts / CIP,
 * Law enforcement"), opening to the checkboxes when pressed. A native
 * <details> (keyboard and screen readers know it) inside the fieldset whose
 * legend names the group. Ten default-size checkboxes per step made a phone
 * plan thousands of pixels long.
 */
import type { ReactNode } from 'react';

export interface PickerOption {
  id: string;
  label: string;
}

export function CheckListPicker({
  legend,
  className,
  options,
  chosen,
  extraChosen = [],
  onToggle,
  children,
}: {
  legend: string;
  className: string;
  options: readonly PickerOption[];
  chosen: readonly string[];
  /** Chosen entries that are not options (free partners), for the summary. */
  extraChosen?: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
  children?: ReactNode;
}) {
  const names = [
    ...options.filter((o) => chosen.includes(o.id)).map((o) => o.label),
    ...extraChosen,
  ];
  return (
    <fieldset className={`${className} picker`}>
      <legend>{legend}</legend>
      <details>
        <summary>
          <span className="picker-chosen">{names.length ? names.join(', ') : 'None chosen'}</span>
          <span className="picker-change">
            Change<span className="visually-hidden"> {legend.toLowerCase()}</span>
          </span>
        </summary>
        <ul className="check-list">
          {options.map((o) => (
            <li key={o.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(o.id)}
                  onChange={(e) => onToggle(o.id, e.currentTarget.checked)}
                />{' '}
                {o.label}
              </label>
            </li>
          ))}
        </ul>
        {children}
      </details>
    </fieldset>
  );
}
