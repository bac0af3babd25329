/**
 * Reading a submitted plan on its own, before it touches the team's plan:
 * the bytes must be a readable Yjs update with nothing pending (a whole
 * document, not a fragment), within the plan's item cap, and read as a plan
 * (the same whole-plan check compaction uses). What the organizers later see
 * is exactly this document.
 */
import * as Y from 'yjs';
import { checkIncomingUpdate, hasPending } from '../../../src/domain/plan/updateGaps';
import { readPlan } from '../../../src/domain/plan/model';
import type { Plan } from '../../../src/domain/plan/schema';
import { MAX_PLAN_ITEMS } from '../../../src/wire/protocol';
import { newPlanDoc, structCount } from './loadDoc';
import { validatePlanDoc } from './validate';

export type SubmittedPlan =
  { ok: true; doc: Y.Doc; plan: Plan } | { ok: false; status: 413 | 422; message: string };

export function readSubmittedPlan(update: Uint8Array, maxItems = MAX_PLAN_ITEMS): SubmittedPlan {
  const doc = newPlanDoc();
  const pre = checkIncomingUpdate(doc, update);
  if (!pre.ok) {
    const message =
      pre.kind === 'gap'
        ? 'The submission is only part of a plan; send the whole document (Y.encodeStateAsUpdate).'
        : pre.message;
    return { ok: false, status: 422, message };
  }
  try {
    Y.applyUpdate(doc, update);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, status: 422, message: `The submission could not be read: ${why}` };
  }
  if (hasPending(doc)) {
    return { ok: false, status: 422, message: 'The submission is only part of a plan.' };
  }
  const items = structCount(doc);
  if (items > maxItems) {
    return {
      ok: false,
      status: 413,
      message: `The plan holds ${items} items; the limit is ${maxItems}.`,
    };
  }
  const problem = validatePlanDoc(doc);
  if (problem) return { ok: false, status: 422, message: problem };
  return { ok: true, doc, plan: readPlan(doc) };
}
