/**
 * LocalPlan: one plan's Yjs document kept on this device. A plain class (no
 * React) so the editor and the sync client share one instance per tab.
 *
 * - Opens the document from the updates stored in IndexedDB (or the template).
 * - Writes every local change within FLUSH_MS (updates merged), and reports
 *   "saved" only after the transaction committed.
 * - Flushes on pagehide / hidden, retries after a failed write, and keeps the
 *   document in memory when storage fails, so nothing typed is dropped.
 * - On pagehide / hidden also copies what is not yet committed to
 *   localStorage, synchronously: an IndexedDB write started while the page
 *   unloads (a reload right after a keystroke) is aborted with the page. The
 *   next open applies that copy (Yjs updates are idempotent) and clears it.
 * - Keeps the tabs of one device consistent through tabChannel.ts:
 *   other tabs apply with origin 'tab' and do not store again.
 * - Compacts stored updates from time to time.
 *
 * Origins: null/undefined (typing, undoable), 'template', 'import',
 * 'rescued' (the unload backup) are local and stored; 'remote' came from the endpoint (stored by applyRemoteUpdate);
 * 'tab' came from another tab (already stored there); LOAD is the initial read.
 */
import * as Y from 'yjs';
import { LOCAL_PLAN_ID } from '../db/plans';
import { emptyPlanDoc, templateUpdate } from '../domain/plan';
import { checkIncomingUpdate, RefusedUpdateError } from '../domain/plan/updateGaps';
import { DEXIE_STORE } from './dexieStore';
import { classifyStorageError, type SaveState } from './saveState';
import type { PlanStore } from './storagePort';
import { openTabChannel, type TabChannel, type TabMessage } from './tabChannel';
import { LOCAL_STORAGE_BACKUP, type PendingBackup } from './unloadBackup';

export const FLUSH_MS = 0;
const RETRY_MS = 3000;
const COMPACT_EVERY_WRITES = 100;
const COMPACT_EVERY_MS = 60_000;
const LOAD = Symbol('load');

export interface LocalPlanOptions {
  store?: PlanStore;
  backup?: PendingBackup;
  flushMs?: number;
  /** Cross-tab channel (default on when BroadcastChannel exists). */
  crossTab?: boolean;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class LocalPlan {
  readonly doc: Y.Doc;
  readonly planId: string;
  /** The storage port (also the sync loop's outbox). */
  readonly store: PlanStore;
  private readonly backup: PendingBackup;
  /** A backup may exist in `backup` and must be cleared once all is written. */
  private backedUp = false;
  /** The batch being written now (out of `pending`, not yet committed). */
  private inFlight: Uint8Array | undefined;
  private readonly flushMs: number;
  private pending: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private state: SaveState = { status: 'saved', at: Date.now() };
  private listeners = new Set<(s: SaveState) => void>();
  private committedListeners = new Set<(seq: number) => void>();
  private channel: TabChannel | undefined;
  private removedListeners = new Set<() => void>();
  /** Another tab removed the plan (perhaps while this one was still opening). */
  removedElsewhere = false;
  private writesSinceCompact = 0;
  private compactTimer: ReturnType<typeof setInterval> | undefined;
  private destroyed = false;

  private constructor(planId: string, doc: Y.Doc, opts: LocalPlanOptions) {
    this.planId = planId;
    this.doc = doc;
    this.store = opts.store ?? DEXIE_STORE;
    this.backup = opts.backup ?? LOCAL_STORAGE_BACKUP;
    this.flushMs = opts.flushMs ?? FLUSH_MS;
  }

  /** Open a plan from storage, starting from the template when there is none. */
  static async open(planId = LOCAL_PLAN_ID, opts: LocalPlanOptions = {}): Promise<LocalPlan> {
    const plan = new LocalPlan(planId, emptyPlanDoc(), opts);
    plan.openChannel(opts.crossTab);
    let stored: Uint8Array[] | undefined;
    try {
      stored = await plan.store.load(planId);
    } catch (e) {
      plan.setState(classifyStorageError(e));
    }
    if (stored?.length) {
      plan.doc.transact(() => {
        for (const u of stored) Y.applyUpdate(plan.doc, u, LOAD);
      }, LOAD);
    }
    plan.doc.on('update', plan.onUpdate);
    // A new plan: the template is the first local change, so it is stored too.
    if (!stored?.length) Y.applyUpdate(plan.doc, templateUpdate(), 'template');
    plan.rescueBackup();
    plan.loaded = true;
    for (const m of plan.early.splice(0)) plan.onMessage(m);
    plan.post({ type: 'hello', sv: Y.encodeStateVector(plan.doc) });
    if (typeof window !== 'undefined') {
      window.addEventListener('pagehide', plan.onHide);
      document.addEventListener('visibilitychange', plan.onHide);
    }
    plan.compactTimer = setInterval(() => void plan.compact(), COMPACT_EVERY_MS);
    return plan;
  }

  getSaveState = (): SaveState => this.state;

  /** Subscribe to save-state changes (useSyncExternalStore-compatible). */
  subscribe = (listener: (s: SaveState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called after each local update is committed (with its seq): the sync trigger. */
  onCommitted(listener: (seq: number) => void): () => void {
    this.committedListeners.add(listener);
    return () => this.committedListeners.delete(listener);
  }

  /**
   * Apply an update from the endpoint and store it (as sent). An update that
   * refers to changes this device lacks is refused whole (RefusedUpdateError),
   * never applied or stored: Yjs would keep it pending and could later
   * delete what this device types (issue 11, D1).
   */
  async applyRemoteUpdate(update: Uint8Array): Promise<void> {
    const check = checkIncomingUpdate(this.doc, update);
    if (!check.ok && check.kind !== 'unknown-root') throw new RefusedUpdateError(check.message);
    Y.applyUpdate(this.doc, update, 'remote');
    await this.store.storeRemote(this.planId, update);
  }

  /** Write pending changes now; resolves after they committed (or failed). */
  flush = async (): Promise<void> => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(() => this.writePending());
    return this.writing;
  };

  /** Merge stored updates (sent with sent, unsent with unsent). */
  async compact(): Promise<void> {
    this.writesSinceCompact = 0;
    try {
      await this.store.compact(this.planId, (u) => Y.mergeUpdates(u));
    } catch {
      // Compaction is an optimisation; the uncompacted rows are still valid.
    }
  }

  /** Flush, then stop listening (the document stays usable in memory). */
  async destroy(): Promise<void> {
    await this.flush();
    this.destroyed = true;
    this.doc.off('update', this.onUpdate);
    this.channel?.close();
    if (this.compactTimer) clearInterval(this.compactTimer);
    if (typeof window !== 'undefined') {
      window.removeEventListener('pagehide', this.onHide);
      document.removeEventListener('visibilitychange', this.onHide);
    }
  }

  /** True while some change is not yet on disk. */
  get hasUnsavedChanges(): boolean {
    return this.pending.length > 0 || this.state.status !== 'saved';
  }

  private onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD || origin === 'tab') return;
    this.post({ type: 'update', update });
    if (origin === 'remote') return;
    this.pending.push(update);
    if (this.state.status !== 'error') this.setState({ status: 'saving' });
    if (!this.timer) this.timer = setTimeout(() => void this.flush(), this.flushMs);
  };

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const merged = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
    this.inFlight = merged;
    try {
      const seq = await this.store.append(this.planId, merged);
      this.inFlight = undefined;
      if (this.pending.length === 0 && !this.timer) {
        this.setState({ status: 'saved', at: Date.now() });
        if (this.backedUp) {
          this.backup.clear(this.planId);
          this.backedUp = false;
        }
      }
      for (const l of this.committedListeners) l(seq);
      if (++this.writesSinceCompact >= COMPACT_EVERY_WRITES) void this.compact();
    } catch (e) {
      this.inFlight = undefined;
      // Keep the change (in order) for the next attempt; the doc still has it.
      this.pending = [merged, ...this.pending];
      this.setState(classifyStorageError(e));
      if (!this.timer && !this.destroyed)
        this.timer = setTimeout(() => void this.flush(), RETRY_MS);
    }
  }

  private onHide = (e?: Event) => {
    const leaving = e?.type === 'pagehide' || document.visibilityState === 'hidden';
    if (!leaving) return;
    const unsaved = this.inFlight ? [this.inFlight, ...this.pending] : this.pending;
    if (unsaved.length && !this.destroyed) {
      this.backup.save(this.planId, unsaved.length === 1 ? unsaved[0]! : Y.mergeUpdates(unsaved));
      this.backedUp = true;
    }
    void this.flush();
  };

  /** Apply what a previous page left in the backup; it is stored like typing. */
  private rescueBackup() {
    const rescued = this.backup.read(this.planId);
    if (!rescued) return;
    this.backedUp = true;
    try {
      Y.applyUpdate(this.doc, rescued, 'rescued');
    } catch {
      // Not a readable update: nothing to rescue.
    }
    // Already on disk (nothing new was applied): the copy is stale.
    if (this.pending.length === 0) {
      this.backup.clear(this.planId);
      this.backedUp = false;
    }
  }

  private loaded = false;
  /** Tab messages that arrived before the stored updates were loaded. */
  private early: TabMessage[] = [];

  private openChannel(enabled: boolean | undefined) {
    this.channel = openTabChannel(this.planId, enabled, (m) => {
      if (this.destroyed) return;
      if (this.loaded) this.onMessage(m);
      else this.early.push(m);
    });
  }

  private post(m: DistributiveOmit<TabMessage, 'from'>) {
    if (this.channel) this.channel.post({ ...m, from: this.channel.tabId } as TabMessage);
  }

  /** Called when another tab removed this plan (the registry forgets it). */
  onRemovedElsewhere(listener: () => void): () => void {
    this.removedListeners.add(listener);
    return () => this.removedListeners.delete(listener);
  }

  private onMessage(m: TabMessage) {
    if (m.type === 'update') {
      // Same rule as for the endpoint's updates; ask the other tab for all we lack instead.
      const check = checkIncomingUpdate(this.doc, m.update);
      if (check.ok || check.kind === 'unknown-root') Y.applyUpdate(this.doc, m.update, 'tab');
      else this.post({ type: 'hello', sv: Y.encodeStateVector(this.doc) });
    } else if (m.type === 'hello') {
      // A tab just opened: send it whatever it may have missed.
      const diff = Y.encodeStateAsUpdate(this.doc, m.sv);
      this.post({ type: 'update', update: diff });
    } else if (m.type === 'removed') {
      // Another tab removed this plan from the device: stop writing it back.
      this.pending = [];
      this.backup.clear(this.planId);
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      this.destroyed = true;
      this.doc.off('update', this.onUpdate);
      this.removedElsewhere = true;
      for (const l of this.removedListeners) l();
      this.setState({
        status: 'error',
        reason: 'removed',
        message: 'This plan was removed from this device in another tab.',
      });
    }
  }

  /** Tell other tabs the plan was removed (call before deleting it). */
  announceRemoved() {
    this.backup.clear(this.planId);
    this.post({ type: 'removed' });
  }

  private setState(s: SaveState) {
    this.state = s;
    for (const l of this.listeners) l(s);
  }
}
