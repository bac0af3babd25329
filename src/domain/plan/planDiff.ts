/**
 * What changed between two read models of a plan, by item id: goals, steps
 * and TA needs added, removed or changed, with each changed field's value
 * before and after. One pure function feeds both the endpoint's activity
 * lines (describeChange.ts) and the History view's "compare with now".
 * Order-only moves are not reported: they carry no text anyone could lose.
 */
import { mandateById } from './mandates';
import { partnerLabel, type Goal, type Plan, type Step, type TaNeed } from './schema';

export type DiffTarget = 'plan' | 'goal' | 'step' | 'taNeed';

export interface FieldChange {
  field: string;
  /** Human label of the field ("text", "target date"…). */
  label: string;
  before: string;
  after: string;
}

export interface ItemChange {
  kind: 'added' | 'removed' | 'changed';
  target: DiffTarget;
  /** The item's id ('' for the plan's own fields). */
  id: string;
  /** For a step: its goal's id. */
  goalId?: string;
  /** 1-based position: of the goal (goals, steps) in the side that has it, of the step in its goal. */
  goalNumber?: number;
  stepNumber?: number;
  /** The item's name as people read it: goal title, step text, TA topic. */
  name: string;
  /** For added or removed items: the whole item as it was (restores use it). */
  goal?: Goal;
  step?: Step;
  taNeed?: TaNeed;
  /** For changed items: each field that differs. */
  fields: FieldChange[];
}

export interface PlanDiff {
  changes: ItemChange[];
}

const STEP_FIELDS: readonly [keyof Step, string][] = [
  ['text', 'text'],
  ['lead', 'lead'],
  ['owner', 'owner'],
  ['due', 'target date'],
  ['status', 'status'],
  ['partners', 'partners'],
  ['practices', 'linked practices'],
];

const TA_FIELDS: readonly [keyof TaNeed, string][] = [
  ['topic', 'topic'],
  ['description', 'description'],
  ['priority', 'priority'],
];

function show(field: string, value: unknown): string {
  if (Array.isArray(value)) {
    const list = field === 'partners' ? value.map((v: string) => partnerLabel(v)) : value;
    return list.join(', ');
  }
  return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}

function fieldChanges<T extends object>(
  before: T,
  after: T,
  fields: readonly (readonly [keyof T, string])[],
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, label] of fields) {
    const b = show(String(field), before[field]);
    const a = show(String(field), after[field]);
    if (b !== a) out.push({ field: String(field), label, before: b, after: a });
  }
  return out;
}

export function goalName(goal: Pick<Goal, 'title' | 'mandateId'>): string {
  return goal.title.trim() || mandateById(goal.mandateId)?.title || 'Untitled goal';
}

const stepName = (s: Step) => s.text.trim() || 'Untitled step';
const taName = (t: TaNeed) => t.topic.trim() || 'Untitled TA need';

/** Every difference from `before` to `after`, goals first (in `after`'s order), then TA needs. */
export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const changes: ItemChange[] = [];
  const head = fieldChanges(before, after, [
    ['title', 'plan title'],
    ['state', 'State'],
    ['notes', 'notes'],
  ] as const);
  if (head.length)
    changes.push({ kind: 'changed', target: 'plan', id: '', name: 'the plan', fields: head });

  const beforeGoals = new Map(before.goals.map((g, i) => [g.id, { g, n: i + 1 }]));
  const afterGoals = new Map(after.goals.map((g, i) => [g.id, { g, n: i + 1 }]));
  // Where a step lived before: it may have been in another goal.
  const beforeSteps = new Map<string, { s: Step; goal: Goal; n: number; gn: number }>();
  before.goals.forEach((goal, gi) =>
    goal.steps.forEach((s, i) => beforeSteps.set(s.id, { s, goal, n: i + 1, gn: gi + 1 })),
  );
  const afterStepIds = new Set(after.goals.flatMap((g) => g.steps.map((s) => s.id)));

  after.goals.forEach((goal, gi) => {
    const gn = gi + 1;
    const old = beforeGoals.get(goal.id);
    if (!old) {
      changes.push({
        kind: 'added',
        target: 'goal',
        id: goal.id,
        goalNumber: gn,
        name: goalName(goal),
        goal,
        fields: [],
      });
    } else {
      const fields = fieldChanges(old.g, goal, [
        ['title', 'title'],
        ['focusAreas', 'focus areas'],
      ] as const);
      if (fields.length)
        changes.push({
          kind: 'changed',
          target: 'goal',
          id: goal.id,
          goalNumber: gn,
          name: goalName(goal),
          fields,
        });
    }
    goal.steps.forEach((step, si) => {
      const prev = beforeSteps.get(step.id);
      const base = {
        target: 'step' as const,
        id: step.id,
        goalId: goal.id,
        goalNumber: gn,
        stepNumber: si + 1,
      };
      // A step added together with its new goal is part of that goal.
      if (!prev) {
        if (old) changes.push({ ...base, kind: 'added', name: stepName(step), step, fields: [] });
        return;
      }
      // The same object is the same step (the endpoint's reader shares unchanged steps).
      const fields = prev.s === step ? [] : fieldChanges(prev.s, step, STEP_FIELDS);
      if (fields.length) changes.push({ ...base, kind: 'changed', name: stepName(step), fields });
    });
  });

  before.goals.forEach((goal, gi) => {
    const gn = gi + 1;
    if (!afterGoals.has(goal.id)) {
      changes.push({
        kind: 'removed',
        target: 'goal',
        id: goal.id,
        goalNumber: gn,
        name: goalName(goal),
        goal,
        fields: [],
      });
      return;
    }
    goal.steps.forEach((step, si) => {
      if (afterStepIds.has(step.id)) return;
      changes.push({
        kind: 'removed',
        target: 'step',
        id: step.id,
        goalId: goal.id,
        goalNumber: gn,
        stepNumber: si + 1,
        name: stepName(step),
        step,
        fields: [],
      });
    });
  });

  const beforeTa = new Map(before.taNeeds.map((t) => [t.id, t]));
  const afterTa = new Set(after.taNeeds.map((t) => t.id));
  for (const t of after.taNeeds) {
    const old = beforeTa.get(t.id);
    if (!old)
      changes.push({
        kind: 'added',
        target: 'taNeed',
        id: t.id,
        name: taName(t),
        taNeed: t,
        fields: [],
      });
    else {
      const fields = fieldChanges(old, t, TA_FIELDS);
      if (fields.length)
        changes.push({ kind: 'changed', target: 'taNeed', id: t.id, name: taName(t), fields });
    }
  }
  for (const t of before.taNeeds) {
    if (!afterTa.has(t.id))
      changes.push({
        kind: 'removed',
        target: 'taNeed',
        id: t.id,
        name: taName(t),
        taNeed: t,
        fields: [],
      });
  }
  return { changes };
}

/** Counts for a one-line summary ("2 steps added, 1 goal changed"). */
export function summarizeDiff(diff: PlanDiff): string {
  const counts = new Map<string, number>();
  for (const c of diff.changes) {
    const key = `${c.target}|${c.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const noun: Record<DiffTarget, [string, string]> = {
    plan: ['plan detail', 'plan details'],
    goal: ['goal', 'goals'],
    step: ['step', 'steps'],
    taNeed: ['TA need', 'TA needs'],
  };
  const parts: string[] = [];
  for (const target of ['goal', 'step', 'taNeed', 'plan'] as const) {
    for (const kind of ['added', 'removed', 'changed'] as const) {
      const n = counts.get(`${target}|${kind}`);
      if (!n) continue;
      const word = target === 'plan' ? 'plan' : noun[target][n === 1 ? 0 : 1];
      parts.push(target === 'plan' ? `${word} details changed` : `${n} ${word} ${kind}`);
    }
  }
  return parts.length ? parts.join(', ') : 'No changes';
}
