/**
 * Beside a plan field: the teammates editing it now, as initials and
 * "<name> is editing" (not a live region: it would speak on every move).
 */
import { memberLabel } from '../../../wire/members';
import { initials } from './initials';
import { usePresent } from './PresenceContext';
import './presence.css';

export function FieldPresence({ fieldId }: { fieldId: string }) {
  const here = usePresent().filter((p) => p.field === fieldId);
  if (here.length === 0) return null;
  const names = here.map((p) => memberLabel(p));
  return (
    <p className="field-presence" data-testid={`presence-${fieldId}`}>
      {here.map((p) => (
        <span key={p.memberId} className="presence-initials" aria-hidden="true">
          {initials(p.name)}
        </span>
      ))}
      <span>
        {names.join(', ')} {names.length === 1 ? 'is' : 'are'} editing
      </span>
    </p>
  );
}
