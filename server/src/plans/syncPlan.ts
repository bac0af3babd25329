/**
 * The endpoint's half of plan sync, as plain logic over the plan store: in
 * one SQLite transaction load the team's document, apply the device's
 * update, check the result (size, still a plan), store it, and compute what
 * the device lacks from its state vector. Applying an update the document
 * already contains changes nothing, so retries and duplicates are no-ops.
 */
import * as Y from 'yjs';
import { MAX_DOC_BYTES, SYNC_ERRORS } from '../../../src/wire/protocol';
import type { PlanStore } from '../db/plans';

/** Returns a sentence saying why the document is not a valid plan, or null. */
export type PlanValidator = (doc: Y.Doc) => string | null;

export type SyncResult =
  | { ok: true; update: Uint8Array; stateVector: Uint8Array; changed: boolean; bytes: number }
  | { ok: false; status: 400 | 413 | 422; error: string; message: string };

export interface SyncInput {
  update?: Uint8Array;
  stateVector: Uint8Array;
}

export function loadDoc(bytes: Uint8Array | undefined): Y.Doc {
  const doc = new Y.Doc();
  if (bytes && bytes.byteLength > 0) Y.applyUpdate(doc, bytes);
  return doc;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One device's sync; call inside a transaction (the route runs it as a CommitBatcher job). */
export function syncInTransaction(
  plans: PlanStore,
  teamId: string,
  input: SyncInput,
  validate: PlanValidator,
  now: number,
  maxDocBytes = MAX_DOC_BYTES,
): SyncResult {
  if (!isStateVector(input.stateVector)) {
    return fail(400, SYNC_ERRORS.badRequest, 'The state vector is not a Yjs state vector.');
  }
  const stored = plans.get(teamId);
  const before = stored && stored.doc.byteLength > 0 ? stored.doc : undefined;
  const doc = loadDoc(before);
  if (input.update && input.update.byteLength > 0) {
    try {
      Y.applyUpdate(doc, input.update, 'device');
    } catch (err) {
      return fail(422, SYNC_ERRORS.invalidUpdate, `The update could not be read: ${msg(err)}`);
    }
  }
  const after = Y.encodeStateAsUpdate(doc);
  const changed = !sameBytes(before, after) && !(before === undefined && isEmptyDoc(doc));
  if (changed) {
    if (after.byteLength > maxDocBytes) {
      return fail(
        413,
        SYNC_ERRORS.docTooLarge,
        `The plan would grow to ${after.byteLength} bytes; the limit is ${maxDocBytes}.`,
      );
    }
    const problem = safeValidate(validate, doc);
    if (problem) return fail(422, SYNC_ERRORS.invalidPlan, problem);
    plans.put(teamId, after, now);
  } else {
    plans.touchSync(teamId, now);
  }
  let diff: Uint8Array;
  try {
    diff = Y.encodeStateAsUpdate(doc, input.stateVector);
  } catch (err) {
    return fail(400, SYNC_ERRORS.badRequest, `The state vector could not be used: ${msg(err)}`);
  }
  return {
    ok: true,
    update: diff,
    stateVector: Y.encodeStateVector(doc),
    changed,
    bytes: changed ? after.byteLength : (before?.byteLength ?? 0),
  };
}

/**
 * Strict check of a state vector's encoding (count, then client/clock pairs
 * as unsigned varints, nothing left over): Yjs's own decoder tolerates
 * truncated or trailing bytes.
 */
export function isStateVector(bytes: Uint8Array): boolean {
  let pos = 0;
  const readVarUint = (): number | undefined => {
    let n = 0;
    for (let shift = 0; shift < 53; shift += 7) {
      if (pos >= bytes.length) return undefined;
      const b = bytes[pos++]!;
      n += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return n;
    }
    return undefined;
  };
  const count = readVarUint();
  if (count === undefined || count > 100_000) return false;
  for (let i = 0; i < count; i++) {
    if (readVarUint() === undefined || readVarUint() === undefined) return false;
  }
  return pos === bytes.length;
}

function isEmptyDoc(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0;
}

function safeValidate(validate: PlanValidator, doc: Y.Doc): string | null {
  try {
    return validate(doc);
  } catch (err) {
    return `The plan no longer reads as a plan: ${msg(err)}`;
  }
}

function fail(
  status: 400 | 413 | 422,
  error: string,
  message: string,
): Extract<SyncResult, { ok: false }> {
  return { ok: false, status, error, message };
}

const msg = (err: unknown) => (err instanceof Error ? err.message : String(err));
