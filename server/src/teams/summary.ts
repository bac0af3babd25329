/**
 * What the organizer sees per team: last sync, plan size, steps by status and
 * the number of technical-assistance needs, read from the team's in-memory
 * plan (planDocs.ts decodes it once per change, not once per request).
 */
import type { TeamRow } from '../db/teams';
import type { PlanView } from '../plans/planDocs';
import { summarizePlan, type PlanCounts } from '../plans/validate';
import type { TeamSummary } from '../../../src/wire/protocol';

export type { TeamSummary };

export function summarizeTeam(
  team: TeamRow,
  plan: PlanView | undefined,
  lastSyncAt: number | null,
): TeamSummary {
  let counts: PlanCounts = { stepsByStatus: {}, taNeedCount: 0 };
  let problem: string | undefined;
  if (plan && plan.bytes > 0) {
    if (plan.read.ok) counts = summarizePlan(plan.read.plan);
    else problem = plan.read.problem;
  }
  return {
    id: team.id,
    state: team.state,
    name: team.name,
    createdAt: team.createdAt,
    hasJoinCode: team.hasCode,
    lastSyncAt,
    planBytes: plan?.bytes ?? 0,
    ...counts,
    ...(problem ? { problem } : {}),
  };
}
