/**
 * SQL for team plans: one row per team holding the merged Yjs document state
 * (a single blob, rewritten on each change). `transaction` runs a function
 * inside one immediate SQLite transaction so that reading, applying and
 * storing an update is atomic and committed before the answer leaves.
 */
import type Database from 'better-sqlite3';

export interface StoredPlan {
  teamId: string;
  doc: Uint8Array;
  bytes: number;
  updatedAt: number;
  lastSyncAt: number | null;
}

interface RawPlan {
  team_id: string;
  doc: Buffer;
  bytes: number;
  updated_at: number;
  last_sync_at: number | null;
}

const toPlan = (r: RawPlan): StoredPlan => ({
  teamId: r.team_id,
  doc: new Uint8Array(r.doc.buffer, r.doc.byteOffset, r.doc.byteLength),
  bytes: r.bytes,
  updatedAt: r.updated_at,
  lastSyncAt: r.last_sync_at,
});

export interface PlanStore {
  get(teamId: string): StoredPlan | undefined;
  /** Insert or replace the team's document. */
  put(teamId: string, doc: Uint8Array, now: number): void;
  /** Record that a device synced (the organizer's "last sync"); cheap no-op when recent. */
  touchSync(teamId: string, now: number): void;
  all(): StoredPlan[];
}

export function createPlanStore(db: Database.Database): PlanStore {
  const get = db.prepare<[string], RawPlan>('SELECT * FROM team_plans WHERE team_id = ?');
  const all = db.prepare<[], RawPlan>('SELECT * FROM team_plans');
  const put = db.prepare(
    `INSERT INTO team_plans (team_id, doc, bytes, updated_at, last_sync_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(team_id) DO UPDATE SET doc = excluded.doc, bytes = excluded.bytes,
       updated_at = excluded.updated_at, last_sync_at = excluded.last_sync_at`,
  );
  // Only rewritten when a minute old: a sync that changed nothing then writes nothing.
  const touch = db.prepare(
    `INSERT INTO team_plans (team_id, doc, bytes, updated_at, last_sync_at) VALUES (?, ?, 0, ?, ?)
     ON CONFLICT(team_id) DO UPDATE SET last_sync_at = excluded.last_sync_at
     WHERE team_plans.last_sync_at IS NULL OR team_plans.last_sync_at < excluded.last_sync_at - 60000`,
  );
  return {
    get: (id) => {
      const r = get.get(id);
      return r ? toPlan(r) : undefined;
    },
    put: (id, doc, now) => void put.run(id, Buffer.from(doc), doc.byteLength, now, now),
    touchSync: (id, now) => void touch.run(id, Buffer.alloc(0), now, now),
    all: () => all.all().map(toPlan),
  };
}
