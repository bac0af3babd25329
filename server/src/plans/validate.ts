/**
 * The whole-plan check: the document has only the plan's top-level parts
 * and decodes into the plan schema (readPlan, the read model the screens
 * use). A sync checks only what it changed (validateChange.ts); this runs at
 * compaction as a safety net and in tests as the reference. Also the counts
 * the organizer's team list shows.
 */
import type * as Y from 'yjs';
import { describeError, readPlan } from '../../../src/domain/plan/model';
import type { Plan } from '../../../src/domain/plan/schema';

/** Returns a sentence saying why the document is not a valid plan, or null. */
export type PlanValidator = (doc: Y.Doc) => string | null;

export const validatePlanDoc: PlanValidator = (doc: Y.Doc) => {
  try {
    // readPlan checks the shape first (shape.ts: unknown parts, kinds, keys, sizes).
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

export function summarizePlan(plan: Plan): PlanCounts {
  const stepsByStatus: Record<string, number> = {};
  for (const goal of plan.goals) {
    for (const step of goal.steps)
      stepsByStatus[step.status] = (stepsByStatus[step.status] ?? 0) + 1;
  }
  return { stepsByStatus, taNeedCount: plan.taNeeds.length };
}
