/**
 * The team-sync status, in words, for everyone; screen readers hear it once
 * it settles, not on each key ("…N changes waiting" changed with every one).
 */
import { useSettledAnnouncement } from '../../../app/announce/useSettledAnnouncement';
import { useUnsentCount } from '../../../db/plans';
import { describeSyncStatus, useSyncStatus } from '../../../sync/status';
import './team.css';

export function SyncBadge({ planId }: { planId: string }) {
  const status = useSyncStatus();
  const waiting = useUnsentCount(planId);
  const text = describeSyncStatus(status, waiting);
  useSettledAnnouncement(text);
  return (
    <p className={`sync-badge sync-${status.kind}`} data-testid="sync-status">
      {text}
    </p>
  );
}
