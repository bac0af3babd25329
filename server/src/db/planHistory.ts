/**
 * SQL for a plan's history: activity lines (who did what, when) and
 * versions (the plan's read model at a moment, deflated JSON). Both are
 * append-only and outlive compaction, which only touches plan_updates and
 * plan_snapshots. A team's rows go when the team is deleted (cascade).
 */
import type Database from 'better-sqlite3';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ActivityRow {
  seq: number;
  at: number;
  memberId: string | null;
  itemId: string;
  line: string;
  /** JSON of the deleted item, for deletions. */
  deleted: string | null;
}

export interface VersionRow {
  id: number;
  at: number;
  reason: string;
  members: string[];
  summary: string;
}

export interface PlanHistoryStore {
  addActivity(teamId: string, row: Omit<ActivityRow, 'seq'>): void;
  /** Make the team's last activity row say `at` (a run of the same edit by the same person). */
  touchActivity(seq: number, at: number): void;
  lastActivity(teamId: string): ActivityRow | undefined;
  /** Newest first. */
  activity(teamId: string, limit: number): ActivityRow[];
  /** Per item id, the newest row about it. */
  lastChanges(teamId: string): ActivityRow[];
  /** Deletions since `since`, newest first. */
  deletions(teamId: string, since: number): ActivityRow[];
  /** Whether `itemId` was ever deleted (a re-add is a restore). */
  wasDeleted(teamId: string, itemId: string): boolean;
  /** Distinct authors of the activity after `after` (ms), up to `through`. */
  authorsBetween(teamId: string, after: number, through: number): string[];
  /** Store a version; `plan` is the read model as JSON. Returns its id. */
  addVersion(teamId: string, v: Omit<VersionRow, 'id'>, planJson: string): number;
  lastVersion(teamId: string): (VersionRow & { planJson: () => string }) | undefined;
  /** Newest first. */
  versions(teamId: string): VersionRow[];
  /** The version's plan JSON, or undefined for no such version of that team. */
  versionPlan(teamId: string, id: number): { at: number; planJson: string } | undefined;
  /** Bytes of the team's version and activity rows (bench, tests). */
  bytes(teamId: string): {
    versions: number;
    versionCount: number;
    activity: number;
    activityCount: number;
  };
}

interface RawActivity {
  seq: number;
  at: number;
  member_id: string | null;
  item_id: string;
  line: string;
  deleted: string | null;
}
interface RawVersion {
  id: number;
  at: number;
  reason: string;
  members: string;
  summary: string;
}

const activityOf = (r: RawActivity): ActivityRow => ({
  seq: r.seq,
  at: r.at,
  memberId: r.member_id,
  itemId: r.item_id,
  line: r.line,
  deleted: r.deleted,
});
const versionOf = (r: RawVersion): VersionRow => ({
  id: r.id,
  at: r.at,
  reason: r.reason,
  members: JSON.parse(r.members) as string[],
  summary: r.summary,
});

const inflate = (b: Buffer) => inflateRawSync(b).toString('utf8');

export function createPlanHistoryStore(db: Database.Database): PlanHistoryStore {
  const cols = 'seq, at, member_id, item_id, line, deleted';
  const insertActivity = db.prepare<[string, number, string | null, string, string, string | null]>(
    'INSERT INTO plan_activity (team_id, at, member_id, item_id, line, deleted) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const touch = db.prepare<[number, number]>('UPDATE plan_activity SET at = ? WHERE seq = ?');
  const last = db.prepare<[string], RawActivity>(
    `SELECT ${cols} FROM plan_activity WHERE team_id = ? ORDER BY seq DESC LIMIT 1`,
  );
  const recent = db.prepare<[string, number], RawActivity>(
    `SELECT ${cols} FROM plan_activity WHERE team_id = ? ORDER BY seq DESC LIMIT ?`,
  );
  // SQLite returns the bare columns of the row holding max(seq) in each group.
  const perItem = db.prepare<[string], RawActivity>(
    `SELECT max(seq) AS seq, at, member_id, item_id, line, deleted FROM plan_activity
     WHERE team_id = ? AND item_id != '' GROUP BY item_id`,
  );
  const deletions = db.prepare<[string, number], RawActivity>(
    `SELECT ${cols} FROM plan_activity WHERE team_id = ? AND deleted IS NOT NULL AND at >= ?
     ORDER BY seq DESC`,
  );
  const wasDeleted = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM plan_activity WHERE team_id = ? AND item_id = ? AND deleted IS NOT NULL LIMIT 1',
  );
  const authors = db.prepare<[string, number, number], { member_id: string }>(
    `SELECT DISTINCT member_id FROM plan_activity
     WHERE team_id = ? AND at > ? AND at <= ? AND member_id IS NOT NULL ORDER BY member_id`,
  );
  const insertVersion = db.prepare<[string, number, string, string, string, Buffer]>(
    'INSERT INTO plan_versions (team_id, at, reason, members, summary, plan) VALUES (?, ?, ?, ?, ?, ?)',
  );
  // Asked on every stored update: the plan blob is read only when wanted.
  const lastVersion = db.prepare<[string], RawVersion>(
    'SELECT id, at, reason, members, summary FROM plan_versions WHERE team_id = ? ORDER BY id DESC LIMIT 1',
  );
  const versions = db.prepare<[string], RawVersion>(
    'SELECT id, at, reason, members, summary FROM plan_versions WHERE team_id = ? ORDER BY id DESC',
  );
  const versionPlan = db.prepare<[string, number], { at: number; plan: Buffer }>(
    'SELECT at, plan FROM plan_versions WHERE team_id = ? AND id = ?',
  );
  const versionBytes = db.prepare<[string], { n: number; bytes: number | null }>(
    'SELECT count(*) AS n, sum(length(plan) + length(members) + length(summary) + 40) AS bytes FROM plan_versions WHERE team_id = ?',
  );
  const activityBytes = db.prepare<[string], { n: number; bytes: number | null }>(
    `SELECT count(*) AS n, sum(length(item_id) + length(line) + coalesce(length(deleted), 0)
       + coalesce(length(member_id), 0) + 24) AS bytes FROM plan_activity WHERE team_id = ?`,
  );
  return {
    addActivity: (teamId, r) =>
      void insertActivity.run(teamId, r.at, r.memberId, r.itemId, r.line, r.deleted),
    touchActivity: (seq, at) => void touch.run(at, seq),
    lastActivity: (teamId) => {
      const r = last.get(teamId);
      return r ? activityOf(r) : undefined;
    },
    activity: (teamId, limit) => recent.all(teamId, limit).map(activityOf),
    lastChanges: (teamId) => perItem.all(teamId).map(activityOf),
    deletions: (teamId, since) => deletions.all(teamId, since).map(activityOf),
    wasDeleted: (teamId, itemId) => wasDeleted.get(teamId, itemId) !== undefined,
    authorsBetween: (teamId, after, through) =>
      authors.all(teamId, after, through).map((r) => r.member_id),
    addVersion: (teamId, v, planJson) =>
      Number(
        insertVersion.run(
          teamId,
          v.at,
          v.reason,
          JSON.stringify(v.members),
          v.summary,
          deflateRawSync(Buffer.from(planJson, 'utf8')),
        ).lastInsertRowid,
      ),
    lastVersion: (teamId) => {
      const r = lastVersion.get(teamId);
      return r
        ? { ...versionOf(r), planJson: () => inflate(versionPlan.get(teamId, r.id)!.plan) }
        : undefined;
    },
    versions: (teamId) => versions.all(teamId).map(versionOf),
    versionPlan: (teamId, id) => {
      const r = versionPlan.get(teamId, id);
      return r ? { at: r.at, planJson: inflate(r.plan) } : undefined;
    },
    bytes: (teamId) => {
      const v = versionBytes.get(teamId)!;
      const a = activityBytes.get(teamId)!;
      return {
        versions: v.bytes ?? 0,
        versionCount: v.n,
        activity: a.bytes ?? 0,
        activityCount: a.n,
      };
    },
  };
}
