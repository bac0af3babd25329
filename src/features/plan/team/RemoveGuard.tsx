/**
 * Guards "Remove this plan from this device" on a device linked to a team:
 * while some changes have not reached the team, the remove control stays
 * hidden until the person confirms losing that exact number of unsynced
 * changes. (A draft that never joined a team has nothing to sync; the
 * editor's own question already names everything that will be lost.)
 */
import { useId, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { useWaitingChanges } from './useWaitingChanges';
import { checkRemoval } from './removeRule';
import { useTeamState } from './useTeamSync';
import './team.css';

export function RemoveGuard({
  planId,
  doc,
  children,
}: {
  planId: string;
  doc: Y.Doc;
  children: ReactNode;
}) {
  // A removed device's unsent changes still reach the team once it joins again.
  const linked = useTeamState(planId) !== 'none';
  const unsynced = useWaitingChanges(planId, doc);
  const [confirmed, setConfirmed] = useState<number | undefined>();
  const boxId = useId();
  // Without confirmation: is removing refused, and why?
  const refusal = checkRemoval(linked ? unsynced : 0, undefined);
  const allowed = checkRemoval(linked ? unsynced : 0, confirmed).allowed;
  return (
    <div className="team-remove">
      {!refusal.allowed && (
        <>
          <p className="team-error" data-testid="remove-refused">
            {refusal.message}
          </p>
          <p>
            <input
              id={boxId}
              type="checkbox"
              checked={allowed}
              onChange={(e) => setConfirmed(e.currentTarget.checked ? unsynced : undefined)}
            />{' '}
            <label htmlFor={boxId}>
              I accept losing {unsynced} unsynced {unsynced === 1 ? 'change' : 'changes'}
            </label>
          </p>
        </>
      )}
      {allowed && children}
    </div>
  );
}
