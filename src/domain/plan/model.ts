/**
 * The plan as a Yjs document, and its decoding into the read model.
 *
 * Layout (top-level types never conflict when two devices create them):
 *   text  'title', 'notes'
 *   map   'meta'    { state: string, schemaVersion: number }
 *   array 'goals'   Y.Map { id, order, mandateId?, title: Y.Text,
 *                           focus: Y.Map<true>, steps: Y.Array<Y.Map> }
 *     step Y.Map    { id, order, text, lead, owner: Y.Text, due: string,
 *                     status: string, partners: Y.Map<true>, practices: Y.Map<true> }
 *   array 'taNeeds' Y.Map { id, topic: Y.Text, description: Y.Text, priority }
 *
 * Lists are append-only arrays ordered by a fractional `order` key: moving an
 * item changes one number instead of deleting and re-inserting it, so a
 * teammate typing into that item at the same moment loses nothing.
 */
import * as Y from 'yjs';
import { PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from './schema';
import type { PlanRootName } from './roots';
import { checkPlanShape } from './shape';

export type YItem = Y.Map<unknown>;

// The root names are declared once, in roots.ts (PLAN_ROOTS).
export const titleText = (doc: Y.Doc) => doc.getText('title' satisfies PlanRootName);
export const notesText = (doc: Y.Doc) => doc.getText('notes' satisfies PlanRootName);
export const metaMap = (doc: Y.Doc) => doc.getMap<unknown>('meta' satisfies PlanRootName);
export const goalsArray = (doc: Y.Doc) => doc.getArray<YItem>('goals' satisfies PlanRootName);
export const taArray = (doc: Y.Doc) => doc.getArray<YItem>('taNeeds' satisfies PlanRootName);

export function stepsArray(goal: YItem): Y.Array<YItem> {
  const steps = goal.get('steps');
  if (!(steps instanceof Y.Array)) throw new Error('goal has no steps list');
  return steps as Y.Array<YItem>;
}

export function findGoal(doc: Y.Doc, goalId: string): YItem | undefined {
  return goalsArray(doc)
    .toArray()
    .find((g) => g.get('id') === goalId);
}

export function findStep(doc: Y.Doc, stepId: string): { goal: YItem; step: YItem } | undefined {
  for (const goal of goalsArray(doc).toArray()) {
    const steps = goal.get('steps');
    if (!(steps instanceof Y.Array)) continue;
    const step = (steps as Y.Array<YItem>).toArray().find((s) => s.get('id') === stepId);
    if (step) return { goal, step };
  }
  return undefined;
}

export function findTaNeed(doc: Y.Doc, id: string): YItem | undefined {
  return taArray(doc)
    .toArray()
    .find((t) => t.get('id') === id);
}

/** The Y.Text under `key` of an item (throws if the item has none). */
export function itemText(item: YItem, key: string): Y.Text {
  const t = item.get(key);
  if (!(t instanceof Y.Text)) throw new Error(`field ${key} is not text`);
  return t;
}

const str = (v: unknown) => (v instanceof Y.Text ? v.toString() : v);
const keys = (v: unknown) => (v instanceof Y.Map ? [...v.keys()].sort() : v);

function byOrder<T extends { order: number; id: string }>(a: T, b: T) {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One step as the read model sees it (not validated). */
export function decodeStep(s: YItem) {
  return {
    id: s.get('id'),
    order: s.get('order'),
    text: str(s.get('text')),
    lead: str(s.get('lead')),
    owner: str(s.get('owner')),
    due: s.get('due') ?? '',
    status: s.get('status'),
    partners: keys(s.get('partners')),
    practices: keys(s.get('practices')),
  };
}

/** How a step is decoded: decodeStep, or a caller's memo of it (the endpoint's PlanReader). */
export type StepDecoder = (s: YItem) => unknown;

/** One goal without its steps' contents (`steps` is decoded only when asked). */
export function decodeGoal(g: YItem, withSteps = true, step: StepDecoder = decodeStep) {
  const steps = g.get('steps');
  return {
    id: g.get('id'),
    order: g.get('order'),
    mandateId: g.get('mandateId') ?? undefined,
    title: str(g.get('title')),
    focusAreas: keys(g.get('focus')),
    steps:
      steps instanceof Y.Array
        ? withSteps
          ? (steps as Y.Array<YItem>).toArray().map(step)
          : []
        : steps,
  };
}

export function decodeTaNeed(t: YItem) {
  return {
    id: t.get('id'),
    topic: str(t.get('topic')),
    description: str(t.get('description')),
    priority: t.get('priority'),
  };
}

/** The document's own fields (title, state, notes) with empty lists. */
export function decodeHead(doc: Y.Doc) {
  const meta = metaMap(doc);
  return {
    schemaVersion: meta.get('schemaVersion') ?? PLAN_SCHEMA_VERSION,
    title: titleText(doc).toString(),
    state: meta.get('state') ?? '',
    notes: notesText(doc).toString(),
    goals: [],
    taNeeds: [],
  };
}

/** Decode without validating (for readPlan and the tolerant import path). */
export function decodePlan(doc: Y.Doc, step: StepDecoder = decodeStep): unknown {
  return {
    ...decodeHead(doc),
    goals: goalsArray(doc)
      .toArray()
      .map((g) => decodeGoal(g, true, step)),
    taNeeds: taArray(doc).toArray().map(decodeTaNeed),
  };
}

/**
 * The validated read model, goals and steps in display order. Throws a
 * ZodError naming the first problem when the document does not decode.
 */
export function readPlan(doc: Y.Doc): Plan {
  // The Yjs types first (Y.Text where text is expected, no unknown keys…), then the values.
  const shape = checkPlanShape(doc);
  if (shape) throw new Error(shape);
  const plan = PlanSchema.parse(decodePlan(doc));
  plan.goals.sort(byOrder);
  for (const g of plan.goals) g.steps.sort(byOrder);
  return plan;
}

/**
 * The read model without validation, for a document whose every change was
 * already checked as it came in (the endpoint's: validateChange.ts). About
 * five times cheaper than readPlan on a 200-step plan; the endpoint's
 * history diffs it on every stored update.
 */
export function readCheckedPlan(doc: Y.Doc, step: StepDecoder = decodeStep): Plan {
  const plan = decodePlan(doc, step) as Plan;
  plan.goals.sort(byOrder);
  for (const g of plan.goals) g.steps.sort(byOrder);
  return plan;
}

export function safeReadPlan(doc: Y.Doc): { ok: true; plan: Plan } | { ok: false; error: string } {
  try {
    return { ok: true, plan: readPlan(doc) };
  } catch (e) {
    return { ok: false, error: describeError(e) };
  }
}

export function describeError(e: unknown): string {
  if (e && typeof e === 'object' && 'issues' in e && Array.isArray(e.issues)) {
    return e.issues
      .slice(0, 3)
      .map(
        (i: { path: PropertyKey[]; message: string }) =>
          `${i.path.map(String).join('.') || '(root)'}: ${i.message}`,
      )
      .join('; ');
  }
  return e instanceof Error ? e.message : String(e);
}
