/**
 * Runs the team sync loop for the open plan while the device is linked to a
 * team (the link lives on the plan row), says that it was removed when an
 * organizer revoked its credential, and "Saved on this device" otherwise.
 */
import { useEffect } from 'react';
import { usePlanRow } from '../../../db/plans';
import { setSyncStatus } from '../../../sync/status';
import { TeamSync } from '../../../sync/teamSync';
import { teamLinkOf, wasRemovedFromTeam, type TeamLinkRow } from '../../../sync/teams';
import type { LocalPlan } from '../../../plan-runtime';

/** Linked to a team, removed from it by an organizer, or never joined (a draft). */
export type TeamState = 'linked' | 'removed' | 'none';

export function useTeamState(planId: string): TeamState {
  const row = usePlanRow(planId);
  if (teamLinkOf(row)) return 'linked';
  return wasRemovedFromTeam(row) ? 'removed' : 'none';
}

/** The device's link to its team, while it has one. */
export function useTeamLink(planId: string): TeamLinkRow | undefined {
  return teamLinkOf(usePlanRow(planId));
}

export function useTeamSync(plan: LocalPlan | undefined): TeamLinkRow | undefined {
  const row = usePlanRow(plan?.planId ?? '');
  const link = teamLinkOf(row);
  const removed = wasRemovedFromTeam(row);
  const teamId = link?.teamId;
  const credential = link?.credential;
  const needsFullPush = link?.needsFullPush ?? false;
  const teamName = link?.teamName ?? '';
  const state = link?.state ?? '';
  useEffect(() => {
    if (!plan || !teamId || !credential) {
      setSyncStatus(removed ? { kind: 'removed' } : { kind: 'local' });
      return;
    }
    const sync = new TeamSync(plan, { teamId, credential, needsFullPush, teamName, state });
    sync.start();
    return () => sync.stop();
    // needsFullPush flips to false after the first push; that must not restart the loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan, teamId, credential, removed]);
  return link;
}
