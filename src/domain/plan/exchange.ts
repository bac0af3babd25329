/**
 * Export and import of a plan as JSON. An export carries the readable plan
 * and the full Yjs state (base64), so importing it is a CRDT merge into the
 * device's plan: nothing on either side is replaced. A readable-only file
 * (no Yjs state) is merged by adding the goals, steps and TA needs the
 * device does not have yet, matched by id.
 */
import * as Y from 'yjs';
import * as z from 'zod/mini';
import { addGoal, addStep, addTaNeed, setGoalFocus } from './edit';
import {
  describeError,
  findGoal,
  findStep,
  findTaNeed,
  notesText,
  readPlan,
  titleText,
} from './model';
import { PlanSchema, type Plan } from './schema';
import { setText } from './text';
import { fromBase64, toBase64 } from '../base64';

export { fromBase64, toBase64 };

export const EXPORT_FORMAT = 'convening-action-plan';

export const PlanExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  plan: PlanSchema,
  /** Yjs state of the whole document, base64. */
  yjs: z.optional(z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'yjs must be base64'))),
});
export type PlanExport = z.infer<typeof PlanExportSchema>;

export function exportPlan(doc: Y.Doc, now = new Date()): PlanExport {
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    plan: readPlan(doc),
    yjs: toBase64(Y.encodeStateAsUpdate(doc)),
  };
}

export type ImportResult =
  | { ok: true; mode: 'merged' | 'added'; goals: number; steps: number; taNeeds: number }
  | { ok: false; error: string };

/** Parse and merge an export (text of a .json file) into `doc`. Never throws. */
export function importPlan(doc: Y.Doc, text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a plan exported from this app.' };
  }
  const parsed = PlanExportSchema.safeParse(data);
  if (!parsed.success) {
    const looksLikeOurs = !!data && typeof data === 'object' && 'format' in data;
    return {
      ok: false,
      error: looksLikeOurs
        ? `This plan file does not check out: ${describeError(parsed.error)}`
        : 'This file is not a plan exported from this app.',
    };
  }
  const before = readPlan(doc);
  if (parsed.data.yjs) {
    // Merge on a scratch copy first: a bad file must not touch the plan.
    let update: Uint8Array;
    try {
      update = fromBase64(parsed.data.yjs);
      const scratch = new Y.Doc();
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
      Y.applyUpdate(scratch, update);
      readPlan(scratch);
      scratch.destroy();
    } catch (e) {
      return { ok: false, error: `The plan in this file cannot be merged: ${describeError(e)}` };
    }
    Y.applyUpdate(doc, update, 'import');
    return { ok: true, mode: 'merged', ...counts(before, readPlan(doc)) };
  }
  addMissing(doc, parsed.data.plan);
  return { ok: true, mode: 'added', ...counts(before, readPlan(doc)) };
}

function counts(before: Plan, after: Plan) {
  const steps = (p: Plan) => p.goals.reduce((n, g) => n + g.steps.length, 0);
  return {
    goals: after.goals.length - before.goals.length,
    steps: steps(after) - steps(before),
    taNeeds: after.taNeeds.length - before.taNeeds.length,
  };
}

/** Readable-only import: add what is missing (by id); fill empty title/notes. */
export function addMissing(doc: Y.Doc, plan: Plan): void {
  doc.transact(() => {
    if (!titleText(doc).length && plan.title) setText(titleText(doc), plan.title);
    if (!notesText(doc).length && plan.notes) setText(notesText(doc), plan.notes);
    for (const g of plan.goals) {
      if (!findGoal(doc, g.id)) {
        addGoal(doc, { title: g.title, mandateId: g.mandateId }, g.id);
        for (const f of g.focusAreas) setGoalFocus(doc, g.id, f, true);
      }
      for (const s of g.steps) {
        if (findStep(doc, s.id)) continue;
        addStep(doc, g.id, s, s.id);
      }
    }
    for (const t of plan.taNeeds) if (!findTaNeed(doc, t.id)) addTaNeed(doc, t, t.id);
  });
}
