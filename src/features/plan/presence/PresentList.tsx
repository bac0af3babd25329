/** Who of the team has the plan open now, and in which field (by its label). */
import { memberLabel } from '../../../wire/members';
import { initials } from './initials';
import { usePresent } from './PresenceContext';
import './presence.css';

function fieldName(field: string | null): string | undefined {
  if (!field || typeof document === 'undefined') return undefined;
  return document.querySelector(`label[for="${CSS.escape(field)}"]`)?.textContent ?? undefined;
}

export function PresentList() {
  const present = usePresent();
  if (present.length === 0) return null;
  // One line per member, even with the plan open in two tabs.
  const byMember = new Map(present.map((p) => [p.memberId, p]));
  return (
    <section className="present-list" aria-label="In the plan now">
      <h2 className="present-h">In the plan now</h2>
      <ul>
        {[...byMember.values()].map((p) => {
          const where = fieldName(p.field);
          return (
            <li key={p.memberId}>
              <span className="presence-initials" aria-hidden="true">
                {initials(p.name)}
              </span>{' '}
              {memberLabel(p)}
              {where ? ` is editing ${where}` : ' is viewing the plan'}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
