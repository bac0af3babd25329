/**
 * In-page shortcuts at the top of the plan: a plan with a few goals has
 * over a hundred controls, so reaching "Add a goal" took 110 Tab presses.
 * Each link moves focus (not only the scroll position) to its target.
 */
import type { MouseEvent } from 'react';
import { focusFirst } from '../../app/focus/moveFocus';

const JUMPS = [
  { target: 'goals-h', label: 'Goals' },
  { target: 'add-goal', label: 'Skip to “Add a goal”' },
  { target: 'ta-h', label: 'TA needs' },
  { target: 'notes-h', label: 'Notes' },
  { target: 'files-h', label: 'Take it home' },
];

function jump(e: MouseEvent<HTMLAnchorElement>, target: string) {
  e.preventDefault();
  const el = focusFirst([target]);
  el?.scrollIntoView?.({ block: 'center' });
}

export function PlanJumps() {
  return (
    <nav className="plan-jumps" aria-label="Plan sections">
      <ul>
        {JUMPS.map((j) => (
          <li key={j.target}>
            <a href={`#${j.target}`} onClick={(e) => jump(e, j.target)}>
              {j.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
