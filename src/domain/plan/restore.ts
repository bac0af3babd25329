/**
 * Restores as ordinary edits on the device's own document: a restore is a
 * new change on top of the plan (it merges with what others type meanwhile,
 * is in the history, and the editor's Undo takes it back, since it runs in
 * one transaction with the editor's origin). Nothing is rewritten. Items
 * come back with their own ids, so a second restore of the same item finds
 * it present and adds nothing.
 */
import * as Y from 'yjs';
import {
  addGoal,
  addStep,
  addTaNeed,
  removeGoal,
  removeStep,
  removeTaNeed,
  setGoalFocus,
  setGoalTitle,
  setPlanState,
  setStepField,
  setStepText,
  setTaPriority,
  setTaText,
} from './edit';
import { findGoal, findStep, findTaNeed, notesText, readPlan, titleText } from './model';
import type { Goal, Plan, Step, TaNeed } from './schema';
import { setText } from './text';
import type { DeletedItem } from './describeChange';

/** Bring back a deleted goal with every step (no-op for steps or a goal already present). */
export function restoreGoal(doc: Y.Doc, goal: Goal): void {
  doc.transact(() => {
    if (!findGoal(doc, goal.id)) {
      addGoal(
        doc,
        { title: goal.title, mandateId: goal.mandateId, focusAreas: goal.focusAreas },
        goal.id,
      );
    }
    for (const s of goal.steps) if (!findStep(doc, s.id)) addStep(doc, goal.id, s, s.id);
  });
}

/** Bring back a deleted step into its goal; a goal deleted meanwhile comes back with it (empty but titled). */
export function restoreStep(doc: Y.Doc, goalId: string, goalTitle: string, step: Step): void {
  doc.transact(() => {
    if (!findGoal(doc, goalId)) addGoal(doc, { title: goalTitle }, goalId);
    if (!findStep(doc, step.id)) addStep(doc, goalId, step, step.id);
  });
}

export function restoreTaNeed(doc: Y.Doc, taNeed: TaNeed): void {
  doc.transact(() => {
    if (!findTaNeed(doc, taNeed.id)) addTaNeed(doc, taNeed, taNeed.id);
  });
}

export function restoreDeleted(doc: Y.Doc, item: DeletedItem): void {
  if (item.kind === 'goal') restoreGoal(doc, item.goal);
  else if (item.kind === 'step') restoreStep(doc, item.goalId, item.goalTitle, item.step);
  else restoreTaNeed(doc, item.taNeed);
}

function syncFlags(
  current: readonly string[],
  wanted: readonly string[],
  add: (k: string) => void,
  drop: (k: string) => void,
) {
  for (const k of wanted) if (!current.includes(k)) add(k);
  for (const k of current) if (!wanted.includes(k)) drop(k);
}

function restoreStepFields(doc: Y.Doc, now: Step, want: Step): void {
  for (const f of ['text', 'lead', 'owner'] as const)
    if (now[f] !== want[f]) setStepText(doc, want.id, f, want[f]);
  if (now.due !== want.due) setStepField(doc, want.id, 'due', want.due);
  if (now.status !== want.status) setStepField(doc, want.id, 'status', want.status);
  // Stored keys as they are (a free partner's key already carries its prefix).
  for (const field of ['partners', 'practices'] as const) {
    const flags = findStep(doc, want.id)?.step.get(field);
    if (!(flags instanceof Y.Map)) continue;
    syncFlags(
      now[field],
      want[field],
      (k) => flags.set(k, true),
      (k) => flags.delete(k),
    );
  }
}

/**
 * Make the plan read as `version` with the fewest edits: texts by minimal
 * edits (someone's concurrent typing elsewhere in a text survives the merge),
 * items the version lacks removed, items it has and the plan lost added back.
 * Items added on another device that this device has not seen yet are
 * untouched: they are not in the document to remove.
 */
export function restoreVersion(doc: Y.Doc, version: Plan): void {
  doc.transact(() => {
    const now = readPlan(doc);
    if (now.title !== version.title) setText(titleText(doc), version.title);
    if (now.notes !== version.notes) setText(notesText(doc), version.notes);
    if (now.state !== version.state) setPlanState(doc, version.state);

    const keepGoals = new Set(version.goals.map((g) => g.id));
    const keepSteps = new Set(version.goals.flatMap((g) => g.steps.map((s) => s.id)));
    for (const g of now.goals) {
      if (!keepGoals.has(g.id)) {
        removeGoal(doc, g.id);
        continue;
      }
      for (const s of g.steps) if (!keepSteps.has(s.id)) removeStep(doc, s.id);
    }
    const nowGoals = new Map(now.goals.map((g) => [g.id, g]));
    const nowSteps = new Map(
      now.goals.flatMap((g) => g.steps.map((s) => [s.id, { s, goalId: g.id }] as const)),
    );
    for (const g of version.goals) {
      const cur = nowGoals.get(g.id);
      if (!cur) {
        restoreGoal(doc, g);
        continue;
      }
      if (cur.title !== g.title) setGoalTitle(doc, g.id, g.title);
      syncFlags(
        cur.focusAreas,
        g.focusAreas,
        (k) => setGoalFocus(doc, g.id, k as never, true),
        (k) => setGoalFocus(doc, g.id, k as never, false),
      );
      for (const s of g.steps) {
        const had = nowSteps.get(s.id);
        if (!had) addStep(doc, g.id, s, s.id);
        else if (had.goalId !== g.id) {
          // Moved to another goal since: put it back where the version had it.
          removeStep(doc, s.id);
          addStep(doc, g.id, s, s.id);
        } else restoreStepFields(doc, had.s, s);
      }
    }
    const keepTa = new Set(version.taNeeds.map((t) => t.id));
    const nowTa = new Map(now.taNeeds.map((t) => [t.id, t]));
    for (const t of now.taNeeds) if (!keepTa.has(t.id)) removeTaNeed(doc, t.id);
    for (const t of version.taNeeds) {
      const cur = nowTa.get(t.id);
      if (!cur) addTaNeed(doc, t, t.id);
      else {
        if (cur.topic !== t.topic) setTaText(doc, t.id, 'topic', t.topic);
        if (cur.description !== t.description) setTaText(doc, t.id, 'description', t.description);
        if (cur.priority !== t.priority) setTaPriority(doc, t.id, t.priority);
      }
    }
  });
}
