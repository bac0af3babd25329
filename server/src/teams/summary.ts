/**
 * What the organizer sees per team: last sync, plan size, steps by status and
 * the number of technical-assistance needs, read from the stored document.
 */
import type { StoredPlan } from '../db/plans';
import type { TeamRow } from '../db/teams';
import { loadDoc } from '../plans/syncPlan';
import { summarizePlanDoc, type PlanCounts } from '../plans/validate';
import type { TeamSummary } from '../../../src/wire/protocol';

export type { TeamSummary };

export function summarizeTeam(team: TeamRow, plan: StoredPlan | undefined): TeamSummary {
  let counts: PlanCounts = { stepsByStatus: {}, taNeedCount: 0 };
  let problem: string | undefined;
  if (plan && plan.bytes > 0) {
    try {
      counts = summarizePlanDoc(loadDoc(plan.doc));
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err);
    }
  }
  return {
    id: team.id,
    state: team.state,
    name: team.name,
    createdAt: team.createdAt,
    hasJoinCode: team.hasCode,
    lastSyncAt: plan?.lastSyncAt ?? null,
    planBytes: plan?.bytes ?? 0,
    ...counts,
    ...(problem ? { problem } : {}),
  };
}
