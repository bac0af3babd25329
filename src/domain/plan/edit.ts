/**
 * Pure editing functions on a plan document. Each runs in one Yjs transaction
 * (origin null, so Y.UndoManager tracks it) and returns what it created.
 * Ids are stable: every device refers to the same item by the same id.
 */
import * as Y from 'yjs';
import type { FocusAreaId } from '../focusAreas';
import { newId } from './ids';
import {
  findGoal,
  findStep,
  findTaNeed,
  goalsArray,
  itemText,
  metaMap,
  stepsArray,
  taArray,
  type YItem,
} from './model';
import { OTHER_PARTNER_PREFIX, STANDARD_PARTNERS, type Priority, type StepStatus } from './schema';
import { setText } from './text';

function text(value = ''): Y.Text {
  const t = new Y.Text();
  if (value) t.insert(0, value);
  return t;
}

function flags(keys: readonly string[] = []): Y.Map<true> {
  const m = new Y.Map<true>();
  for (const k of keys) m.set(k, true);
  return m;
}

const orderOf = (item: YItem) => {
  const o = item.get('order');
  return typeof o === 'number' ? o : 0;
};

function sorted(items: YItem[]): YItem[] {
  return [...items].sort(
    (a, b) => orderOf(a) - orderOf(b) || String(a.get('id')).localeCompare(String(b.get('id'))),
  );
}

const nextOrder = (items: YItem[]) => (items.length ? Math.max(...items.map(orderOf)) + 1 : 1);

/** Move `item` one place up (-1) or down (+1) among `items`; false at an end. */
function moveAmong(items: YItem[], item: YItem, delta: -1 | 1): boolean {
  const list = sorted(items);
  const at = list.indexOf(item);
  const to = at + delta;
  if (at < 0 || to < 0 || to >= list.length) return false;
  // New order between the neighbour we pass and the one after it.
  const pass = orderOf(list[to]!);
  const beyond = list[to + delta];
  const order = beyond ? (pass + orderOf(beyond)) / 2 : pass + delta;
  if (order === pass || (beyond && order === orderOf(beyond))) {
    // Floating point ran out between two neighbours: renumber the list.
    list.forEach((it, i) => it.set('order', (i + 1) * 1024));
    return moveAmong(items, item, delta);
  }
  item.set('order', order);
  return true;
}

function removeFrom(arr: Y.Array<YItem>, id: string): boolean {
  const index = arr.toArray().findIndex((it) => it.get('id') === id);
  if (index < 0) return false;
  arr.delete(index, 1);
  return true;
}

function requireStep(doc: Y.Doc, stepId: string): YItem {
  const found = findStep(doc, stepId);
  if (!found) throw new Error(`no step ${stepId}`);
  return found.step;
}

function requireGoal(doc: Y.Doc, goalId: string): YItem {
  const goal = findGoal(doc, goalId);
  if (!goal) throw new Error(`no goal ${goalId}`);
  return goal;
}

export interface GoalInit {
  title?: string;
  mandateId?: string;
  focusAreas?: readonly FocusAreaId[];
}

/** Build a goal map (used by addGoal and by the template). */
export function makeGoal(id: string, order: number, init: GoalInit = {}): YItem {
  const g = new Y.Map<unknown>();
  g.set('id', id);
  g.set('order', order);
  if (init.mandateId) g.set('mandateId', init.mandateId);
  g.set('title', text(init.title));
  g.set('focus', flags(init.focusAreas));
  g.set('steps', new Y.Array<YItem>());
  return g;
}

export function addGoal(doc: Y.Doc, init: GoalInit = {}, id = newId()): string {
  doc.transact(() => {
    const goals = goalsArray(doc);
    goals.push([makeGoal(id, nextOrder(goals.toArray()), init)]);
  });
  return id;
}

export function removeGoal(doc: Y.Doc, goalId: string): boolean {
  let done = false;
  doc.transact(() => (done = removeFrom(goalsArray(doc), goalId)));
  return done;
}

export function moveGoal(doc: Y.Doc, goalId: string, delta: -1 | 1): boolean {
  let done = false;
  doc.transact(() => {
    const goal = requireGoal(doc, goalId);
    done = moveAmong(goalsArray(doc).toArray(), goal, delta);
  });
  return done;
}

export function setGoalFocus(doc: Y.Doc, goalId: string, focus: FocusAreaId, on: boolean) {
  doc.transact(() => {
    const m = requireGoal(doc, goalId).get('focus') as Y.Map<true>;
    if (on) m.set(focus, true);
    else m.delete(focus);
  });
}

export interface StepInit {
  text?: string;
  lead?: string;
  owner?: string;
  due?: string;
  status?: StepStatus;
  partners?: readonly string[];
  practices?: readonly string[];
}

export function addStep(doc: Y.Doc, goalId: string, init: StepInit = {}, id = newId()): string {
  doc.transact(() => {
    const steps = stepsArray(requireGoal(doc, goalId));
    const s = new Y.Map<unknown>();
    s.set('id', id);
    s.set('order', nextOrder(steps.toArray()));
    s.set('text', text(init.text));
    s.set('lead', text(init.lead));
    s.set('owner', text(init.owner));
    s.set('due', init.due ?? '');
    s.set('status', init.status ?? 'not-started');
    s.set('partners', flags(init.partners));
    s.set('practices', flags(init.practices));
    steps.push([s]);
  });
  return id;
}

export function removeStep(doc: Y.Doc, stepId: string): boolean {
  let done = false;
  doc.transact(() => {
    const found = findStep(doc, stepId);
    if (found) done = removeFrom(stepsArray(found.goal), stepId);
  });
  return done;
}

export function moveStep(doc: Y.Doc, stepId: string, delta: -1 | 1): boolean {
  let done = false;
  doc.transact(() => {
    const found = findStep(doc, stepId);
    if (!found) throw new Error(`no step ${stepId}`);
    done = moveAmong(stepsArray(found.goal).toArray(), found.step, delta);
  });
  return done;
}

export type StepTextField = 'text' | 'lead' | 'owner';

/** Set a plain field of a step: its target date or its status. */
export function setStepField(
  doc: Y.Doc,
  stepId: string,
  field: 'due' | 'status',
  value: string,
): void {
  if (field === 'due' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new Error('target date must be YYYY-MM-DD');
  if (field === 'status' && !['not-started', 'in-progress', 'done', 'blocked'].includes(value))
    throw new Error(`unknown status ${value}`);
  doc.transact(() => requireStep(doc, stepId).set(field, value));
}

/** Set a text field of a step with a minimal edit. */
export function setStepText(doc: Y.Doc, stepId: string, field: StepTextField, value: string) {
  setText(itemText(requireStep(doc, stepId), field), value);
}

export function setGoalTitle(doc: Y.Doc, goalId: string, value: string) {
  setText(itemText(requireGoal(doc, goalId), 'title'), value);
}

/** The stored key of a partner: a standard id, or `other:<label>` for free entries. */
export function partnerKey(label: string): string {
  const clean = label.trim().replace(/\s+/g, ' ');
  const std = STANDARD_PARTNERS.find(
    (p) => p.id === clean || p.label.toLowerCase() === clean.toLowerCase(),
  );
  return std ? std.id : OTHER_PARTNER_PREFIX + clean;
}

/** Add a partner (standard id or a free entry); returns its key. */
export function addPartner(doc: Y.Doc, stepId: string, label: string): string {
  const key = partnerKey(label);
  if (key === OTHER_PARTNER_PREFIX) throw new Error('partner name is empty');
  doc.transact(() => (requireStep(doc, stepId).get('partners') as Y.Map<true>).set(key, true));
  return key;
}

export function removePartner(doc: Y.Doc, stepId: string, key: string) {
  doc.transact(() => (requireStep(doc, stepId).get('partners') as Y.Map<true>).delete(key));
}

export function linkPractice(doc: Y.Doc, stepId: string, practiceId: string) {
  doc.transact(() =>
    (requireStep(doc, stepId).get('practices') as Y.Map<true>).set(practiceId, true),
  );
}

export function unlinkPractice(doc: Y.Doc, stepId: string, practiceId: string) {
  doc.transact(() => (requireStep(doc, stepId).get('practices') as Y.Map<true>).delete(practiceId));
}

export interface TaNeedInit {
  topic?: string;
  description?: string;
  priority?: Priority;
}

export function addTaNeed(doc: Y.Doc, init: TaNeedInit = {}, id = newId()): string {
  doc.transact(() => {
    const t = new Y.Map<unknown>();
    t.set('id', id);
    t.set('topic', text(init.topic));
    t.set('description', text(init.description));
    t.set('priority', init.priority ?? 'medium');
    taArray(doc).push([t]);
  });
  return id;
}

export function removeTaNeed(doc: Y.Doc, id: string): boolean {
  let done = false;
  doc.transact(() => (done = removeFrom(taArray(doc), id)));
  return done;
}

export function setTaPriority(doc: Y.Doc, id: string, priority: Priority) {
  if (!['high', 'medium', 'low'].includes(priority)) throw new Error(`unknown priority`);
  doc.transact(() => {
    const t = findTaNeed(doc, id);
    if (!t) throw new Error(`no TA need ${id}`);
    t.set('priority', priority);
  });
}

export function setTaText(doc: Y.Doc, id: string, field: 'topic' | 'description', value: string) {
  const t = findTaNeed(doc, id);
  if (!t) throw new Error(`no TA need ${id}`);
  setText(itemText(t, field), value);
}

/** Set the team's State (two-letter code, or '' to clear). */
export function setPlanState(doc: Y.Doc, state: string) {
  if (state !== '' && !/^[A-Z]{2}$/.test(state)) throw new Error('State must be a postal code');
  doc.transact(() => metaMap(doc).set('state', state));
}
