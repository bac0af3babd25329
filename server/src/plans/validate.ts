/**
 * What the endpoint checks before storing a team's plan: the document has
 * only the plan's top-level parts and still decodes into the plan schema
 * (PLAN's readPlan, the same read model the screens use). Also the counts
 * the organizer's team list shows.
 */
import type * as Y from 'yjs';
import { describeError, readPlan } from '../../../src/domain/plan/model';
import type { PlanValidator } from './syncPlan';

/** The plan document's top-level shared types (see src/domain/plan/model.ts). */
export const PLAN_ROOTS = new Set(['title', 'notes', 'meta', 'goals', 'taNeeds']);

export const validatePlanDoc: PlanValidator = (doc: Y.Doc) => {
  for (const [name, type] of doc.share) {
    if (PLAN_ROOTS.has(name)) continue;
    // An unknown top-level part with content is not part of any plan.
    if (type._start !== null || type._map.size > 0) {
      return `The plan has an unknown part "${name.slice(0, 40)}".`;
    }
  }
  try {
    readPlan(doc);
    return null;
  } catch (err) {
    return `The plan no longer reads as a plan: ${describeError(err)}`;
  }
};

export interface PlanCounts {
  stepsByStatus: Record<string, number>;
  taNeedCount: number;
}

export function summarizePlanDoc(doc: Y.Doc): PlanCounts {
  const plan = readPlan(doc);
  const stepsByStatus: Record<string, number> = {};
  for (const goal of plan.goals) {
    for (const step of goal.steps)
      stepsByStatus[step.status] = (stepsByStatus[step.status] ?? 0) + 1;
  }
  return { stepsByStatus, taNeedCount: plan.taNeeds.length };
}
