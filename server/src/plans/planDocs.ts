/**
 * Every active team's plan as an in-memory Y.Doc, so a sync costs what its
 * edit costs instead of a read, decode, re-encode and rewrite of the whole
 * plan. The documents sit in an LRU bounded by their stored size
 * (PLAN_CACHE_BYTES); a team that falls out reloads from snapshot + log, to
 * the same state. Each accepted sync appends one log row (storage.plans);
 * compaction folds a team's log into its snapshot once the log is long
 * (PLAN_COMPACT_ROWS rows, or as many bytes as the snapshot) or the team has
 * gone quiet (PLAN_IDLE_COMPACT_MS). Compaction is a job of its own in the
 * group commit, after the syncs that made the rows were answered: it never
 * holds up a sync's answer, and its one transaction (the snapshot with the
 * last seq it folds) either happens whole or not at all. History batches
 * (who changed what) live in historyBatches.ts.
 *
 * The in-memory document must always equal what storage holds. A sync that
 * is refused after its update was applied, or whose commit fails, evicts
 * the team (the next sync reloads it): Yjs has no undo for an applied update.
 */
import * as Y from 'yjs';
import type { PlanSettings } from '../config';
import type { Storage } from '../db/index';
import { readPlan, describeError } from '../../../src/domain/plan/model';
import { PlanReader } from './planReader';
import { versionIfBehind } from './history';
import type { Plan } from '../../../src/domain/plan/schema';
import { HistoryBatches, type HistoryChange } from './historyBatches';
import { loadDoc } from './loadDoc';

export interface PlanEntry {
  teamId: string;
  doc: Y.Doc;
  /** Snapshot bytes plus log bytes: an upper bound of the encoded plan. */
  storedBytes: number;
  snapshotBytes: number;
  logRows: number;
  logBytes: number;
  /** Seq of the last log row (what compaction folds up to). */
  lastSeq: number;
  /** When the plan last changed (ms), for the TA-needs "updated" column. */
  changedAt: number;
  /** Bumped on every change; the read model below is kept for one version. */
  version: number;
  readModel?: { version: number; result: ReadModel };
  /** Reads the unvalidated read model, decoding again only the steps changed since its last read. */
  reader: PlanReader;
  /** The unvalidated read model the history diffs (plans/history.ts), kept for one version. */
  historyRead?: { version: number; plan: Plan };
  /** The answer for a device that has every struct: only the delete set (cached per version). */
  upToDate?: { version: number; update: Uint8Array };
}

export type ReadModel = { ok: true; plan: Plan } | { ok: false; problem: string };

export interface PlanView {
  bytes: number;
  changedAt: number;
  read: ReadModel;
}

export class PlanDocs {
  private lru = new Map<string, PlanEntry>();
  private cached = 0;
  private compactTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private compacting = new Set<string>();
  private inflight = new Set<Promise<unknown>>();
  private closed = false;
  private readonly history: HistoryBatches;

  constructor(
    private storage: Storage,
    private settings: PlanSettings,
    private now: () => number,
    private log: (line: string) => void,
  ) {
    this.history = new HistoryBatches(storage, settings.historyDelayMs ?? 0, log, (teamId) =>
      this.get(teamId),
    );
    // Logs left long by the previous run (a crash, a stop) are folded soon after start.
    for (const s of storage.plans.logStats()) {
      if (s.rows >= settings.compactRows) this.scheduleCompaction(s.teamId, 'long log');
    }
  }

  /** The team's entry, loaded from storage on first use; marks it most recently used. */
  get(teamId: string): PlanEntry {
    const hit = this.lru.get(teamId);
    if (hit) {
      this.lru.delete(teamId);
      this.lru.set(teamId, hit);
      return hit;
    }
    const record = this.storage.plans.read(teamId);
    const doc = loadDoc(record);
    const logBytes = record.updates.reduce((n, r) => n + r.update.byteLength, 0);
    const snapshotBytes = record.snapshot?.byteLength ?? 0;
    const last = record.updates[record.updates.length - 1];
    const entry: PlanEntry = {
      teamId,
      doc,
      storedBytes: snapshotBytes + logBytes,
      snapshotBytes,
      logRows: record.updates.length,
      logBytes,
      lastSeq: last?.seq ?? 0,
      changedAt: Math.max(record.snapshotAt, last?.at ?? 0),
      version: 0,
      reader: new PlanReader(doc),
    };
    this.lru.set(teamId, entry);
    this.cached += entry.storedBytes;
    this.shrink(teamId);
    if (this.shouldCompact(entry)) this.scheduleCompaction(teamId, 'long log');
    return entry;
  }

  /** Forget the team's document (it reloads from storage on next use). */
  evict(teamId: string): void {
    const e = this.lru.get(teamId);
    if (!e) return;
    this.lru.delete(teamId);
    this.cached -= e.storedBytes;
    e.doc.destroy();
  }

  /** Record a log row appended for `entry` (inside the sync's transaction). */
  appended(entry: PlanEntry, seq: number, bytes: number, now: number): void {
    entry.lastSeq = seq;
    entry.logRows += 1;
    entry.logBytes += bytes;
    entry.storedBytes += bytes;
    entry.changedAt = now;
    entry.version += 1;
    this.cached += bytes;
  }

  /** Whether the team has a history batch open (a change then needs no "before"). */
  historyOpen(teamId: string): boolean {
    return this.history.isOpen(teamId);
  }

  /** Add a stored change to the team's history batch (inside the sync's transaction). */
  noteChange(teamId: string, change: HistoryChange): void {
    this.history.note(teamId, change);
  }

  /** Record the team's open history batch now (reads of history call this first). */
  flushHistory(teamId: string): Promise<void> {
    return this.history.flush(teamId);
  }

  /** Inside a transaction: write the team's open history batch now. */
  recordHistoryNow(teamId: string): void {
    this.history.recordNow(teamId);
  }

  /** After a sync committed: compact now if the log is long, else once the team is quiet. */
  afterCommit(teamId: string): void {
    const e = this.lru.get(teamId);
    if (!e || e.logRows === 0) return;
    this.scheduleCompaction(teamId, this.shouldCompact(e) ? 'long log' : 'quiet');
    this.shrink(teamId);
  }

  /** The plan's read model for the organizer's views, decoded once per change. */
  view(teamId: string): PlanView {
    const e = this.get(teamId);
    if (e.readModel?.version !== e.version) {
      let result: ReadModel;
      try {
        result = { ok: true, plan: readPlan(e.doc) };
      } catch (err) {
        result = { ok: false, problem: describeError(err) };
      }
      e.readModel = { version: e.version, result };
    }
    return { bytes: e.storedBytes, changedAt: e.changedAt, read: e.readModel.result };
  }

  /**
   * Fold the team's log into its snapshot now (resolves after the commit).
   * `quiet` (the team stopped typing, or an explicit call): also keep a
   * version of the changes the newest version lacks, so a session's last
   * minutes are never left out. A compaction because the log grew long
   * keeps none: while the team types, the ten-minute rule (history.ts) does,
   * and a version per long log would be one every few minutes at the
   * planning hour's pace.
   */
  compact(teamId: string, quiet = true): Promise<void> {
    const timer = this.compactTimers.get(teamId);
    if (timer) clearTimeout(timer);
    this.compactTimers.delete(teamId);
    if (this.closed || this.compacting.has(teamId)) return Promise.resolve();
    this.compacting.add(teamId);
    const job = this.storage
      .commit(() => {
        const e = this.lru.get(teamId);
        // Evicted meanwhile: the rows wait for the next load's compaction.
        if (!e || (e.logRows === 0 && !quiet)) return undefined;
        // The changes still in a history batch go first, so no version misses them.
        this.history.recordNow(teamId);
        // The changes since the newest version (the end of a session) get one.
        if (quiet) versionIfBehind(this.storage.planHistory, teamId, e.reader.read(), e.changedAt);
        if (e.logRows === 0) return undefined;
        // One encode of the whole plan, once per long log or quiet spell. The
        // whole-plan check is not repeated here: every row was checked when it
        // came in, and the organizer's view reads the plan whole once per change.
        const snapshot = Y.encodeStateAsUpdate(e.doc);
        this.storage.plans.compact(teamId, snapshot, e.lastSeq, this.now());
        return { e, snapshot, seq: e.lastSeq };
      })
      .then(
        (done) => {
          // A long log's compaction: the quiet one still comes once the team stops.
          if (!quiet && !this.compactTimers.has(teamId) && this.lru.has(teamId)) {
            this.scheduleCompaction(teamId, 'quiet');
          }
          if (!done) return;
          const { e, snapshot, seq } = done;
          // Rows appended after the compaction job ran stay in the log.
          if (this.lru.get(teamId) !== e) return;
          const folded = seq === e.lastSeq;
          this.cached -= e.storedBytes;
          e.snapshotBytes = snapshot.byteLength;
          if (folded) {
            e.logRows = 0;
            e.logBytes = 0;
          }
          e.storedBytes = e.snapshotBytes + e.logBytes;
          this.cached += e.storedBytes;
        },
        (err: unknown) => {
          if (!this.closed) this.log(`Compaction of team ${teamId} failed: ${describeError(err)}`);
        },
      )
      .finally(() => {
        this.compacting.delete(teamId);
        this.inflight.delete(job);
      });
    this.inflight.add(job);
    return job;
  }

  /** Stop the timers and wait for compactions under way. */
  async close(): Promise<void> {
    // Open history batches are written before the storage closes.
    await this.history.close();
    this.closed = true;
    for (const t of this.compactTimers.values()) clearTimeout(t);
    this.compactTimers.clear();
    await Promise.allSettled([...this.inflight]);
  }

  /** Cached bytes and entries (tests, bench). */
  stats(): { bytes: number; teams: number } {
    return { bytes: this.cached, teams: this.lru.size };
  }

  private shouldCompact(e: PlanEntry): boolean {
    return (
      e.logRows >= this.settings.compactRows ||
      (e.logRows > 1 && e.logBytes >= Math.max(e.snapshotBytes, 64 * 1024))
    );
  }

  /**
   * Compact the team soon: at once for a long log, or once it has been
   * quiet for idleCompactMs (each call starts that wait again).
   */
  private scheduleCompaction(teamId: string, why: 'long log' | 'quiet'): void {
    if (this.closed) return;
    const old = this.compactTimers.get(teamId);
    if (old) clearTimeout(old);
    const quiet = why === 'quiet';
    const t = setTimeout(
      () => {
        this.compactTimers.delete(teamId);
        const e = this.lru.get(teamId);
        if (e && (e.logRows > 0 || quiet)) void this.compact(teamId, quiet);
        else if (!e) {
          // Left by an earlier run: load it (which reads the log) and fold it.
          this.get(teamId);
          void this.compact(teamId, quiet);
        }
      },
      quiet ? this.settings.idleCompactMs : 0,
    );
    t.unref();
    this.compactTimers.set(teamId, t);
  }

  /** Evict least recently used teams until the cache fits, never `keep`. */
  private shrink(keep: string): void {
    for (const [id] of this.lru) {
      if (this.cached <= this.settings.cacheBytes) return;
      if (id !== keep) this.evict(id);
    }
  }
}
