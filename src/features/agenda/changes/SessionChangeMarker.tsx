/** Marks a change on the session page: "Changed: moved to Main hall". */
import { summarizeChange } from '../../../domain/agendaDiff';
import { useSessionChange } from './useAgendaChanges';
import './changes.css';

export function SessionChangeMarker({ sessionId }: { sessionId: string }) {
  const change = useSessionChange(sessionId);
  if (!change) return null;
  const text = summarizeChange(change);
  return (
    <p className="change-marker">
      <strong>Changed:</strong> {text}
      {change.kinds.includes('renamed') && change.before && (
        <span className="change-was"> (was “{change.before.title}”)</span>
      )}
    </p>
  );
}
