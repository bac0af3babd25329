/** The team-sync status, in words, for everyone (announced politely to screen readers). */
import { useUnsentCount } from '../../../db/plans';
import { describeSyncStatus, useSyncStatus } from '../../../sync/status';
import './team.css';

export function SyncBadge({ planId }: { planId: string }) {
  const status = useSyncStatus();
  const waiting = useUnsentCount(planId);
  return (
    <p
      className={`sync-badge sync-${status.kind}`}
      role="status"
      aria-live="polite"
      data-testid="sync-status"
    >
      {describeSyncStatus(status, waiting)}
    </p>
  );
}
