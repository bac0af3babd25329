/**
 * Plain figures about a plan, for the organizer's "State plans" view and the
 * plan screen's "N changes since" line: goals and steps by status, TA needs
 * by priority, the mandates no goal has a step for yet, and how many items
 * and fields differ between two versions of a plan. Pure, so the endpoint
 * and the device count the same way.
 */
import { MANDATES } from './mandates';
import type { Goal, Plan, Priority, Step, StepStatus, TaNeed } from './schema';

export interface PlanFigures {
  goals: number;
  steps: number;
  stepsByStatus: Record<StepStatus, number>;
  taNeedsByPriority: Record<Priority, number>;
  /** Ids of the Act's mandates that no goal with a step addresses, in the Act's order. */
  mandatesWithoutSteps: string[];
}

export function planFigures(plan: Plan): PlanFigures {
  const stepsByStatus: Record<StepStatus, number> = {
    'not-started': 0,
    'in-progress': 0,
    done: 0,
    blocked: 0,
  };
  const taNeedsByPriority: Record<Priority, number> = { high: 0, medium: 0, low: 0 };
  const covered = new Set<string>();
  let steps = 0;
  for (const g of plan.goals) {
    for (const s of g.steps) stepsByStatus[s.status] += 1;
    steps += g.steps.length;
    if (g.mandateId && g.steps.length > 0) covered.add(g.mandateId);
  }
  for (const t of plan.taNeeds) taNeedsByPriority[t.priority] += 1;
  return {
    goals: plan.goals.length,
    steps,
    stepsByStatus,
    taNeedsByPriority,
    mandatesWithoutSteps: MANDATES.filter((m) => !covered.has(m.id)).map((m) => m.id),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** How many of `keys` differ between two versions of one item. */
function fieldChanges<T>(a: T, b: T, keys: readonly (keyof T)[]): number {
  return keys.filter((k) => !same(a[k], b[k])).length;
}

/** Items matched by id: one change per item added or removed, plus each field that differs. */
function itemChanges<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  keys: readonly (keyof T)[],
): number {
  const old = new Map(before.map((x) => [x.id, x]));
  let n = 0;
  for (const x of after) {
    const was = old.get(x.id);
    n += was ? fieldChanges(was, x, keys) : 1;
    old.delete(x.id);
  }
  return n + old.size;
}

const GOAL_FIELDS = [
  'title',
  'mandateId',
  'focusAreas',
  'order',
] as const satisfies readonly (keyof Goal)[];
type StepWithGoal = Step & { goalId: string };
const STEP_FIELDS = [
  'text',
  'lead',
  'owner',
  'due',
  'status',
  'partners',
  'practices',
  'order',
  'goalId',
] as const satisfies readonly (keyof StepWithGoal)[];
const TA_FIELDS = ['topic', 'description', 'priority'] as const satisfies readonly (keyof TaNeed)[];
const HEAD_FIELDS = ['title', 'state', 'notes'] as const satisfies readonly (keyof Plan)[];

const stepsOf = (plan: Plan): StepWithGoal[] =>
  plan.goals.flatMap((g) => g.steps.map((s) => ({ ...s, goalId: g.id })));

/**
 * Changes from `before` to `after`: each goal, step or TA need added or
 * removed counts one, and so does each field that differs (the plan's title,
 * State and notes; a goal's title, mandate, focus areas, place; a step's
 * text, lead, owner, date, status, partners, practices, place, goal; a TA
 * need's topic, description, priority). A step moved to another goal is one
 * change, not a removal and an addition.
 */
export function countChanges(before: Plan, after: Plan): number {
  return (
    fieldChanges(before, after, HEAD_FIELDS) +
    itemChanges(before.goals, after.goals, GOAL_FIELDS) +
    itemChanges(stepsOf(before), stepsOf(after), STEP_FIELDS) +
    itemChanges(before.taNeeds, after.taNeeds, TA_FIELDS)
  );
}
