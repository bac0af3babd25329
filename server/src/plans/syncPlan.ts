/**
 * The endpoint's half of plan sync, as plain logic over the team's
 * in-memory document (planDocs.ts) and its update log. One sync, run as a
 * job of the group commit:
 *
 *   1. check the update against the document before applying it: readable,
 *      only the plan's roots, nothing it depends on missing (Yjs would keep
 *      such parts "pending", unchecked, and apply them later: issue 11 D1);
 *   2. apply it, and check only what it changed (validateChange.ts), the
 *      item cap and the size cap;
 *   3. append exactly what it added to the log (Yjs's own encoding of the
 *      transaction), so a duplicate or a resend appends nothing;
 *   4. answer with what the device lacks, from its state vector.
 *
 * Every step costs what the edit costs, not what the plan costs, except the
 * rare exact size check near the limit. A refusal after step 2 evicts the
 * document so memory never holds what storage does not.
 */
import * as Y from 'yjs';
import { MAX_DOC_BYTES, MAX_PLAN_ITEMS, SYNC_ERRORS } from '../../../src/wire/protocol';
import { checkIncomingUpdate, hasPending } from '../../../src/domain/plan/updateGaps';
import type { PlanStore } from '../db/plans';
import type { PlanDocs, PlanEntry } from './planDocs';
import { checkChange } from './validateChange';
import { structCount } from './loadDoc';
import { deletesItems, touchedItems } from './touchedItems';
import type { PlanHistoryStore } from '../db/planHistory';
import { recordChange } from './history';
import type { Plan } from '../../../src/domain/plan/schema';

export type SyncResult =
  | {
      ok: true;
      update: Uint8Array;
      stateVector: Uint8Array;
      changed: boolean;
      /** What this sync added to the plan (as stored in the log), for the live push. */
      added?: Uint8Array;
    }
  | { ok: false; status: 400 | 409 | 413 | 422; error: string; message: string };

export interface SyncInput {
  update?: Uint8Array;
  stateVector: Uint8Array;
  /** The author (public member id), stored with the update's log row. */
  memberId?: string | null;
  /**
   * Where to record who changed what and the plan's versions (history.ts).
   * With `batched`, the change joins the team's open batch (planDocs.ts),
   * recorded a few seconds later in one diff; without, it is recorded now.
   */
  history?: { store: PlanHistoryStore; timeZone: string; batched?: boolean };
}

export interface SyncLimits {
  maxDocBytes: number;
  maxItems: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxDocBytes: MAX_DOC_BYTES,
  maxItems: MAX_PLAN_ITEMS,
};

/** One device's sync; call inside a transaction (the route runs it as a group-commit job). */
export function syncInTransaction(
  docs: PlanDocs,
  store: PlanStore,
  teamId: string,
  input: SyncInput,
  now: number,
  limits: SyncLimits = DEFAULT_SYNC_LIMITS,
): SyncResult {
  if (!isStateVector(input.stateVector)) {
    return fail(400, SYNC_ERRORS.badRequest, 'The state vector is not a Yjs state vector.');
  }
  const entry = docs.get(teamId);
  let changed = false;
  let added: Uint8Array | undefined;
  if (input.update && input.update.byteLength > 0) {
    const pre = checkIncomingUpdate(entry.doc, input.update);
    if (!pre.ok) {
      if (pre.kind === 'gap') return fail(409, SYNC_ERRORS.missingHistory, pre.message);
      const code = pre.kind === 'unreadable' ? SYNC_ERRORS.invalidUpdate : SYNC_ERRORS.invalidPlan;
      return fail(422, code, pre.message);
    }
    // The read model before (kept from the last sync, so usually free) for the history's diff.
    const batched = input.history?.batched === true;
    // A deletion of goals, steps or TA needs closes the team's open batch
    // first, so what it deletes is in the history (and "Recently deleted")
    // even when it was added moments before.
    if (batched && docs.historyOpen(teamId) && deletesItems(entry.doc, input.update)) {
      docs.recordHistoryNow(teamId);
    }
    const before =
      input.history && !(batched && docs.historyOpen(teamId)) ? historyRead(entry) : undefined;
    const previousChangeAt = entry.changedAt;
    try {
      const applied = applyChecked(entry.doc, input.update, entry.storedBytes, limits);
      if (!applied.ok) {
        docs.evict(teamId);
        return applied;
      }
      added = applied.added;
      if (added) {
        const seq = store.append(teamId, added, now, input.memberId ?? null);
        docs.appended(entry, seq, added.byteLength, now);
        changed = true;
        if (input.history && batched) {
          docs.noteChange(teamId, {
            before,
            memberId: input.memberId ?? null,
            now,
            touched: applied.touched,
            previousChangeAt,
            timeZone: input.history.timeZone,
            store: input.history.store,
          });
        } else if (input.history && before) {
          recordChange(
            input.history.store,
            {
              teamId,
              memberId: input.memberId ?? null,
              now,
              timeZone: input.history.timeZone,
              previousChangeAt,
            },
            before,
            historyRead(entry),
          );
        }
      }
    } catch (err) {
      // The update may be half in memory and not in storage: reload next time.
      docs.evict(teamId);
      throw err;
    }
  }
  store.touchSync(teamId, now);
  let diff: Uint8Array;
  try {
    diff = answerFor(entry, input.stateVector);
  } catch (err) {
    return fail(400, SYNC_ERRORS.badRequest, `The state vector could not be used: ${msg(err)}`);
  }
  return {
    ok: true,
    update: diff,
    stateVector: Y.encodeStateVector(entry.doc),
    changed,
    ...(added ? { added } : {}),
  };
}

/** The plan as the history sees it, decoded once per version (every change in it was checked). */
function historyRead(entry: PlanEntry): Plan {
  if (entry.historyRead?.version !== entry.version) {
    entry.historyRead = { version: entry.version, plan: entry.reader.read() };
  }
  return entry.historyRead.plan;
}

/**
 * What the device lacks. Yjs always adds the whole delete set, which it
 * rebuilds by walking every struct; a device that already has every struct
 * (an "empty" sync, the commonest) gets that part alone, encoded once per
 * version of the plan.
 */
function answerFor(entry: PlanEntry, stateVector: Uint8Array): Uint8Array {
  const doc = entry.doc;
  const device = Y.decodeStateVector(stateVector);
  let hasAll = true;
  for (const client of doc.store.clients.keys()) {
    if ((device.get(client) ?? 0) < Y.getState(doc.store, client)) {
      hasAll = false;
      break;
    }
  }
  if (!hasAll) return Y.encodeStateAsUpdate(doc, stateVector);
  if (entry.upToDate?.version !== entry.version) {
    entry.upToDate = {
      version: entry.version,
      update: Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)),
    };
  }
  return entry.upToDate.update;
}

type Applied =
  | { ok: true; added: Uint8Array | undefined; touched: Set<string> }
  | Extract<SyncResult, { ok: false }>;

/** Applies `update` and checks the result; `added` is what it added (none for a duplicate). */
function applyChecked(
  doc: Y.Doc,
  update: Uint8Array,
  storedBytes: number,
  limits: SyncLimits,
): Applied {
  // Yjs may run follow-up transactions (formatting clean-up) inside applyUpdate: keep them all.
  const trs: Y.Transaction[] = [];
  const updates: Uint8Array[] = [];
  const onTransaction = (t: Y.Transaction) => void trs.push(t);
  const onUpdate = (u: Uint8Array) => void updates.push(u);
  doc.on('afterTransaction', onTransaction);
  doc.on('update', onUpdate);
  try {
    Y.applyUpdate(doc, update, 'device');
  } catch (err) {
    return fail(422, SYNC_ERRORS.invalidUpdate, `The update could not be read: ${msg(err)}`);
  } finally {
    doc.off('afterTransaction', onTransaction);
    doc.off('update', onUpdate);
  }
  // checkIncomingUpdate should have refused anything Yjs keeps pending.
  if (hasPending(doc)) {
    return fail(409, SYNC_ERRORS.missingHistory, 'The update depends on changes this plan lacks.');
  }
  if (updates.length === 0) return { ok: true, added: undefined, touched: new Set() };
  const added = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
  for (const tr of trs) {
    const problem = checkChange(doc, tr);
    if (problem) return fail(422, SYNC_ERRORS.invalidPlan, problem);
  }
  const items = structCount(doc);
  if (items > limits.maxItems) {
    return fail(
      413,
      SYNC_ERRORS.docTooLarge,
      `The plan would hold ${items} items; the limit is ${limits.maxItems}.`,
    );
  }
  // The stored size is an upper bound; encode exactly only when it says "maybe too big".
  if (storedBytes + added.byteLength > limits.maxDocBytes) {
    const exact = Y.encodeStateAsUpdate(doc).byteLength;
    if (exact > limits.maxDocBytes) {
      return fail(
        413,
        SYNC_ERRORS.docTooLarge,
        `The plan would grow to ${exact} bytes; the limit is ${limits.maxDocBytes}.`,
      );
    }
  }
  return { ok: true, added, touched: touchedItems(trs) };
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

function fail(
  status: 400 | 409 | 413 | 422,
  error: string,
  message: string,
): Extract<SyncResult, { ok: false }> {
  return { ok: false, status, error, message };
}

const msg = (err: unknown) => (err instanceof Error ? err.message : String(err));
