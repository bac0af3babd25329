/**
 * What an incoming Yjs update refers to that the receiving document does not
 * have. Yjs does not refuse such an update: it keeps the parts it cannot
 * integrate "pending" (structs after a gap in a client's clock, or whose
 * origin or parent is missing; deletions of items not yet seen) and applies
 * them silently once the missing part arrives. A pending deletion can target
 * a teammate's FUTURE edits, and pending structs skip every check made on
 * the merged document, so both the endpoint and the device check an update
 * with this before applying it (issue 11, D1). One pass over the update:
 * cost proportional to the update, not to the document.
 */
import * as Y from 'yjs';
import { isPlanRoot } from './roots';

export type UpdateCheck =
  | { ok: true; structs: number }
  | { ok: false; kind: 'unreadable' | 'unknown-root' | 'gap'; message: string };

const idText = (id: Y.ID) => `client ${id.client} clock ${id.clock}`;

export function checkIncomingUpdate(doc: Y.Doc, update: Uint8Array): UpdateCheck {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, kind: 'unreadable', message: `The update could not be read: ${why}` };
  }
  // Next clock available per client: the document's state, extended by the
  // update's own contiguous run (an update may depend on itself).
  const next = new Map<number, number>();
  const stateOf = (client: number) => next.get(client) ?? Y.getState(doc.store, client);
  for (const s of decoded.structs) {
    if (s instanceof Y.Skip) continue;
    const { client, clock } = s.id;
    const have = stateOf(client);
    if (clock > have) {
      return {
        ok: false,
        kind: 'gap',
        message: `The update continues client ${client} at clock ${clock}, but this copy has it only up to clock ${have}.`,
      };
    }
    next.set(client, Math.max(have, clock + s.length));
  }
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue;
    const parent = s.parent as unknown;
    if (typeof parent === 'string' && !isPlanRoot(parent)) {
      return {
        ok: false,
        kind: 'unknown-root',
        message: `The plan has an unknown part "${parent.slice(0, 40)}".`,
      };
    }
    for (const dep of [s.origin, s.rightOrigin, parent instanceof Y.ID ? parent : null]) {
      if (dep && dep.clock >= stateOf(dep.client)) {
        return {
          ok: false,
          kind: 'gap',
          message: `The update refers to ${idText(dep)}, which this copy does not have.`,
        };
      }
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    const have = stateOf(client);
    for (const r of ranges) {
      if (r.clock + r.len > have) {
        return {
          ok: false,
          kind: 'gap',
          message: `The update deletes client ${client} clocks ${r.clock} to ${r.clock + r.len - 1}, but this copy has it only up to clock ${have}.`,
        };
      }
    }
  }
  return { ok: true, structs: decoded.structs.length };
}

/** True when `doc` holds parts of updates it could not integrate (see above). */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Thrown by a device that refuses an update from the endpoint or another tab. */
export class RefusedUpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedUpdateError';
  }
}
