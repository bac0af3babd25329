/**
 * SQL for team plans: a snapshot (one merged Yjs update) plus an append-only
 * log of the updates since, one small row per accepted sync. A sync writes
 * only its own row; compaction writes the new snapshot together with the
 * seq it folds through (through_seq) in ONE statement, so a crash before it
 * commits leaves the old snapshot and its through_seq, and a crash after
 * leaves the new one: the rows read are always exactly those above the
 * snapshot's through_seq, nothing lost, nothing read twice. Folded rows are
 * deleted later by a sweep (see SWEEP_EVERY_MS).
 * team_plans keeps the small per-team facts (stored bytes, last sync).
 */
import type Database from 'better-sqlite3';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export interface LoggedUpdate {
  /** Increasing across the whole log (rowid): the order of appends. */
  seq: number;
  update: Uint8Array;
  at: number;
  /** The author's public member id (null for rows from before authors were kept). */
  memberId: string | null;
}

export interface PlanRecord {
  /** The compacted state; undefined before the first compaction. */
  snapshot: Uint8Array | undefined;
  snapshotAt: number;
  /** Log rows not yet folded into the snapshot, oldest first. */
  updates: LoggedUpdate[];
}

export interface PlanLogStats {
  teamId: string;
  rows: number;
  bytes: number;
}

export interface PlanStore {
  read(teamId: string): PlanRecord;
  /** Append one update to the team's log, with its author's member id; returns its seq. */
  append(teamId: string, update: Uint8Array, now: number, memberId?: string | null): number;
  /**
   * Replace the snapshot by `snapshot` (the old snapshot plus every row up to
   * and including `throughSeq`); those rows are no longer read, and are
   * deleted by a later sweep (at most once a minute, from a compaction). Call
   * inside a transaction (the group commit runs it as one job, in a savepoint).
   */
  compact(teamId: string, snapshot: Uint8Array, throughSeq: number, now: number): void;
  /** Delete folded rows now (those older than every row still read); returns how many. */
  sweep(): number;
  /** Record that a device synced (the organizer's "last sync"); written at most once a minute. */
  touchSync(teamId: string, now: number): void;
  lastSyncTimes(): Map<string, number>;
  /** Teams that have log rows, with their count and bytes (start-up compaction, tests). */
  logStats(): PlanLogStats[];
}

interface RawUpdate {
  seq: number;
  update_: Buffer;
  created_at: number;
  member_id: string | null;
}

/**
 * How often compaction also sweeps folded rows away. Deleting one team's
 * rows at its compaction rewrote every page they shared with other teams'
 * rows (a 1 KiB page holds about ten rows of many teams): 430 KB written per
 * compaction in a probe of 55 teams, more than the 70 KB snapshot itself.
 * Swept later, the folded rows are a prefix of the table and go page by page.
 */
export const SWEEP_EVERY_MS = 60_000;

const bytesOf = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export function createPlanStore(db: Database.Database): PlanStore {
  const snapshot = db.prepare<
    [string],
    { doc: Buffer; updated_at: number; through_seq: number; deflated: number }
  >('SELECT doc, updated_at, through_seq, deflated FROM plan_snapshots WHERE team_id = ?');
  const rows = db.prepare<[string, number], RawUpdate>(
    `SELECT seq, update_, created_at, member_id FROM plan_updates
     WHERE team_id = ? AND seq > ? ORDER BY seq`,
  );
  const append = db.prepare<[string, Buffer, number, string | null]>(
    'INSERT INTO plan_updates (team_id, update_, created_at, member_id) VALUES (?, ?, ?, ?)',
  );
  const putSnapshot = db.prepare<[string, Buffer, number, number]>(
    `INSERT INTO plan_snapshots (team_id, doc, updated_at, through_seq, deflated) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT(team_id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at,
       through_seq = excluded.through_seq, deflated = 1`,
  );
  // Rows at or below their team's through_seq are folded (dead). The first
  // row still live, scanning from the oldest: everything before it is dead.
  const firstLive = db.prepare<[], { seq: number }>(
    `SELECT u.seq FROM plan_updates u LEFT JOIN plan_snapshots s ON s.team_id = u.team_id
     WHERE u.seq > coalesce(s.through_seq, 0) ORDER BY u.seq LIMIT 1`,
  );
  const lastSeq = db.prepare<[], { seq: number | null }>(
    'SELECT max(seq) AS seq FROM plan_updates',
  );
  const dropBefore = db.prepare<[number]>('DELETE FROM plan_updates WHERE seq < ?');
  const putBytes = db.prepare<[string, number, number]>(
    `INSERT INTO team_plans (team_id, doc, bytes, updated_at) VALUES (?, X'', ?, ?)
     ON CONFLICT(team_id) DO UPDATE SET bytes = excluded.bytes, updated_at = excluded.updated_at`,
  );
  // Only rewritten when a minute old: most syncs write nothing here.
  const touch = db.prepare<[string, number, number]>(
    `INSERT INTO team_plans (team_id, doc, bytes, updated_at, last_sync_at) VALUES (?, X'', 0, ?, ?)
     ON CONFLICT(team_id) DO UPDATE SET last_sync_at = excluded.last_sync_at
     WHERE team_plans.last_sync_at IS NULL OR team_plans.last_sync_at < excluded.last_sync_at - 60000`,
  );
  const syncTimes = db.prepare<[], { team_id: string; last_sync_at: number }>(
    'SELECT team_id, last_sync_at FROM team_plans WHERE last_sync_at IS NOT NULL',
  );
  const stats = db.prepare<[], { team_id: string; rows: number; bytes: number }>(
    `SELECT u.team_id, count(*) AS rows, sum(length(u.update_)) AS bytes
     FROM plan_updates u LEFT JOIN plan_snapshots s ON s.team_id = u.team_id
     WHERE u.seq > coalesce(s.through_seq, 0) GROUP BY u.team_id`,
  );
  let lastSweep = Number.NEGATIVE_INFINITY;
  /**
   * Delete the folded rows older than every live one: a prefix of the table,
   * so whole pages go at once. The newest row always stays, even when
   * folded: seq is the rowid, and an empty table would hand out seq 1
   * again, below the through_seq of teams already compacted.
   */
  const sweep = (): number => {
    const until = firstLive.get()?.seq ?? lastSeq.get()?.seq;
    return until == null ? 0 : dropBefore.run(until).changes;
  };
  return {
    read: (teamId) => {
      const s = snapshot.get(teamId);
      return {
        snapshot:
          s && s.doc.byteLength > 0
            ? bytesOf(s.deflated ? inflateRawSync(s.doc) : s.doc)
            : undefined,
        snapshotAt: s?.updated_at ?? 0,
        updates: rows.all(teamId, s?.through_seq ?? 0).map((r) => ({
          seq: r.seq,
          update: bytesOf(r.update_),
          at: r.created_at,
          memberId: r.member_id,
        })),
      };
    },
    append: (teamId, update, now, memberId = null) =>
      Number(append.run(teamId, Buffer.from(update), now, memberId).lastInsertRowid),
    compact: (teamId, doc, throughSeq, now) => {
      putSnapshot.run(teamId, deflateRawSync(doc), now, throughSeq);
      putBytes.run(teamId, doc.byteLength, now);
      if (now - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = now;
        sweep();
      }
    },
    sweep,
    touchSync: (teamId, now) => void touch.run(teamId, now, now),
    lastSyncTimes: () => new Map(syncTimes.all().map((r) => [r.team_id, r.last_sync_at])),
    logStats: () => stats.all().map((r) => ({ teamId: r.team_id, rows: r.rows, bytes: r.bytes })),
  };
}
