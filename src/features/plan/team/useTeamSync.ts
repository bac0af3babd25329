/**
 * Runs the team sync loop for the open plan while the device is linked to a
 * team (the link lives on the plan row), and says "Saved on this device"
 * otherwise.
 */
import { useEffect } from 'react';
import { usePlanRow } from '../../../db/plans';
import { setSyncStatus } from '../../../sync/status';
import { TeamSync } from '../../../sync/teamSync';
import { teamLinkOf, type TeamLinkRow } from '../../../sync/teams';
import type { LocalPlan } from '../../../plan-runtime';

export function useTeamLink(planId: string): TeamLinkRow | undefined {
  return teamLinkOf(usePlanRow(planId));
}

export function useTeamSync(plan: LocalPlan | undefined): TeamLinkRow | undefined {
  const link = useTeamLink(plan?.planId ?? '');
  const teamId = link?.teamId;
  const credential = link?.credential;
  const needsFullPush = link?.needsFullPush ?? false;
  const teamName = link?.teamName ?? '';
  const state = link?.state ?? '';
  useEffect(() => {
    if (!plan || !teamId || !credential) {
      setSyncStatus({ kind: 'local' });
      return;
    }
    const sync = new TeamSync(plan, { teamId, credential, needsFullPush, teamName, state });
    sync.start();
    return () => sync.stop();
    // needsFullPush flips to false after the first push; that must not restart the loop.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plan, teamId, credential]);
  return link;
}
