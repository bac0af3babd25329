/**
 * SQL for plan submissions: one row per device-made id. Saving an id that
 * exists answers the stored row instead of writing a second one, so a retry,
 * a duplicate send or five concurrent ones make one submission. Rows are
 * never changed: a resubmission is a new id and a new row.
 */
import type Database from 'better-sqlite3';

export interface SubmissionRow {
  id: string;
  teamId: string;
  submittedAt: number;
  memberId: string | null;
  memberName: string | null;
}

export interface StoredSubmission extends SubmissionRow {
  /** The Yjs state as submitted. */
  doc: Uint8Array;
  /** The plan's read model as submitted (JSON of `Plan`). */
  planJson: string;
}

export type SubmissionSave =
  | { outcome: 'created'; row: SubmissionRow }
  | { outcome: 'existing'; row: SubmissionRow }
  | { outcome: 'id-taken' };

export interface SubmissionStore {
  /** The row with this id; call inside the transaction that saves it to decide "again". */
  meta(id: string): SubmissionRow | undefined;
  /** Insert unless the id exists: then the stored row (same team) or 'id-taken' (another team). */
  save(s: StoredSubmission): SubmissionSave;
  /** A team's submissions, newest first (metadata only). */
  listForTeam(teamId: string): SubmissionRow[];
  /** One submission of this team with its document, or undefined. */
  get(teamId: string, id: string): StoredSubmission | undefined;
  /** The team's latest submission with its document. */
  latest(teamId: string): StoredSubmission | undefined;
  /** Every team's latest submission (plan JSON, no Yjs), for the organizer's reports. */
  latestOfEveryTeam(): (SubmissionRow & { planJson: string })[];
}

interface Row {
  id: string;
  team_id: string;
  submitted_at: number;
  member_id: string | null;
  member_name: string | null;
  doc?: Buffer;
  plan_json?: string;
}

const META = 'id, team_id, submitted_at, member_id, member_name';

function meta(r: Row): SubmissionRow {
  return {
    id: r.id,
    teamId: r.team_id,
    submittedAt: r.submitted_at,
    memberId: r.member_id,
    memberName: r.member_name,
  };
}

function full(r: Row): StoredSubmission {
  return { ...meta(r), doc: new Uint8Array(r.doc ?? []), planJson: r.plan_json ?? '{}' };
}

export function createSubmissionStore(db: Database.Database): SubmissionStore {
  const byId = db.prepare<[string], Row>(`SELECT ${META} FROM plan_submissions WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO plan_submissions (id, team_id, submitted_at, member_id, member_name, doc, plan_json)
     VALUES (@id, @teamId, @submittedAt, @memberId, @memberName, @doc, @planJson)`,
  );
  // rowid breaks ties within one millisecond: the later insert is the newer submission.
  const list = db.prepare<[string], Row>(
    `SELECT ${META} FROM plan_submissions WHERE team_id = ? ORDER BY submitted_at DESC, rowid DESC`,
  );
  const one = db.prepare<[string, string], Row>(
    'SELECT * FROM plan_submissions WHERE team_id = ? AND id = ?',
  );
  const latest = db.prepare<[string], Row>(
    `SELECT * FROM plan_submissions WHERE team_id = ?
     ORDER BY submitted_at DESC, rowid DESC LIMIT 1`,
  );
  const latestAll = db.prepare<[], Row>(
    `SELECT ${META}, plan_json FROM plan_submissions s
     WHERE s.rowid = (SELECT rowid FROM plan_submissions t WHERE t.team_id = s.team_id
                      ORDER BY submitted_at DESC, rowid DESC LIMIT 1)`,
  );
  const save = (s: StoredSubmission): SubmissionSave => {
    const existing = byId.get(s.id);
    if (existing) {
      return existing.team_id === s.teamId
        ? { outcome: 'existing', row: meta(existing) }
        : { outcome: 'id-taken' };
    }
    insert.run({ ...s, doc: Buffer.from(s.doc) });
    return {
      outcome: 'created',
      row: {
        id: s.id,
        teamId: s.teamId,
        submittedAt: s.submittedAt,
        memberId: s.memberId,
        memberName: s.memberName,
      },
    };
  };
  return {
    meta: (id) => {
      const r = byId.get(id);
      return r ? meta(r) : undefined;
    },
    save,
    listForTeam: (teamId) => list.all(teamId).map(meta),
    get: (teamId, id) => {
      const r = one.get(teamId, id);
      return r ? full(r) : undefined;
    },
    latest: (teamId) => {
      const r = latest.get(teamId);
      return r ? full(r) : undefined;
    },
    latestOfEveryTeam: () =>
      latestAll.all().map((r) => ({ ...meta(r), planJson: r.plan_json ?? '{}' })),
  };
}
