/**
 * The team-sync status, in words, for everyone; screen readers hear it once
 * it settles. "N changes waiting" counts the fields and items changed since
 * the last sync (plan-runtime/changeCount.ts), not Yjs updates.
 */
import type * as Y from 'yjs';
import { useSettledAnnouncement } from '../../../app/announce/useSettledAnnouncement';
import { useWaitingChanges } from './useWaitingChanges';
import { describeSyncStatus, useSyncStatus } from '../../../sync/status';
import './team.css';

export function SyncBadge({ planId, doc }: { planId: string; doc: Y.Doc }) {
  const status = useSyncStatus();
  const waiting = useWaitingChanges(planId, doc);
  const text = describeSyncStatus(status, waiting);
  useSettledAnnouncement(text);
  return (
    <p className={`sync-badge sync-${status.kind}`} data-testid="sync-status">
      {text}
    </p>
  );
}
