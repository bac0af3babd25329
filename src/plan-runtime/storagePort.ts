/**
 * The one storage port of a device plan: everything the plan runtime and the
 * sync loop read or write on disk goes through it, so both see one outbox
 * and tests can swap the Dexie implementation for a failing or in-memory one.
 */

export interface OutboxRow {
  seq: number;
  update: Uint8Array;
}

export interface PlanStore {
  /** Store a local change (unsent); resolves with its seq after the commit. */
  append: (planId: string, update: Uint8Array) => Promise<number>;
  /** Store an update that came from the endpoint (already sent). */
  storeRemote: (planId: string, update: Uint8Array) => Promise<void>;
  /** All stored updates, in the order they were written. */
  load: (planId: string) => Promise<Uint8Array[]>;
  /** Merge stored updates (sent with sent, unsent with unsent). */
  compact: (planId: string, merge: (u: Uint8Array[]) => Uint8Array) => Promise<unknown>;
  /** The outbox: updates the endpoint has not acknowledged yet, oldest first. */
  unsent: (planId: string) => Promise<OutboxRow[]>;
  /** Mark outbox rows acknowledged; only after a 2xx. */
  markSent: (planId: string, seqs: number[]) => Promise<void>;
}
