/**
 * SQL for teams and their credentials. Join codes and device credentials are
 * stored only as SHA-256 hashes; a lookup is by hash, so the secret itself
 * never reaches the database.
 */
import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import type { Member } from '../../../src/wire/members';

export interface TeamRow {
  id: string;
  state: string;
  name: string;
  createdAt: number;
  hasCode: boolean;
}

interface RawTeam {
  id: string;
  state: string;
  name: string;
  created_at: number;
  code_hash: string | null;
}

const toTeam = (r: RawTeam): TeamRow => ({
  id: r.id,
  state: r.state,
  name: r.name,
  createdAt: r.created_at,
  hasCode: r.code_hash !== null,
});

export interface TeamStore {
  create(team: { id: string; state: string; name: string; codeHash: string; now: number }): void;
  get(id: string): TeamRow | undefined;
  list(): TeamRow[];
  byCodeHash(codeHash: string): TeamRow | undefined;
  /** Replace (or with null, revoke) the team's join code; false when the team is unknown. */
  setCodeHash(id: string, codeHash: string | null): boolean;
  /** A new device credential; the member's name and role when the device gave them. */
  addCredential(
    hash: string,
    teamId: string,
    now: number,
    member?: { name: string; role?: string },
  ): Member;
  /** The member a live credential stands for. */
  memberFor(hash: string): Member | undefined;
  /** Rename the member of a live credential; undefined when it is not live. */
  setMember(hash: string, member: { name: string; role?: string }): Member | undefined;
  /** The members of a team whose credentials still work, in joining order. */
  membersOf(teamId: string): Member[];
  /** Members by public id (live or revoked), for naming past authors. */
  membersById(teamId: string): Map<string, Member>;
  /** The team a live credential belongs to. */
  teamForCredential(hash: string): string | undefined;
  revokeCredential(hash: string, now: number): boolean;
  /** Whose credential this is and whether it was revoked; undefined when never issued. */
  credentialStatus(hash: string): { teamId: string; revoked: boolean } | undefined;
  /** Revoke every live credential of a team; the number revoked. */
  revokeTeamCredentials(teamId: string, now: number): number;
}

/** Live credentials kept in memory (teamStore's lookup): a few per member of every team, with room. */
const LIVE_CREDENTIALS_KEPT = 20_000;

export function createTeamStore(db: Database.Database): TeamStore {
  const insert = db.prepare(
    'INSERT INTO teams (id, state, name, code_hash, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const get = db.prepare<[string], RawTeam>('SELECT * FROM teams WHERE id = ?');
  const list = db.prepare<[], RawTeam>('SELECT * FROM teams ORDER BY state, name, id');
  const byCode = db.prepare<[string], RawTeam>('SELECT * FROM teams WHERE code_hash = ?');
  const setCode = db.prepare('UPDATE teams SET code_hash = ? WHERE id = ?');
  const addCred = db.prepare(
    `INSERT INTO team_credentials (hash, team_id, created_at, member_id, member_name, member_role)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const memberCols = 'member_id AS id, member_name AS name, member_role AS role';
  const liveRow = db.prepare<[string], Member & { team_id: string }>(
    `SELECT team_id, ${memberCols} FROM team_credentials WHERE hash = ? AND revoked_at IS NULL`,
  );
  const setMember = db.prepare(
    `UPDATE team_credentials SET member_name = ?, member_role = ?
     WHERE hash = ? AND revoked_at IS NULL`,
  );
  const members = db.prepare<[string], Member>(
    `SELECT ${memberCols} FROM team_credentials
     WHERE team_id = ? AND revoked_at IS NULL ORDER BY created_at, rowid`,
  );
  const allMembers = db.prepare<[string], Member>(
    `SELECT ${memberCols} FROM team_credentials WHERE team_id = ?`,
  );
  const revoke = db.prepare(
    'UPDATE team_credentials SET revoked_at = ? WHERE hash = ? AND revoked_at IS NULL',
  );
  const status = db.prepare<[string], { team_id: string; revoked_at: number | null }>(
    'SELECT team_id, revoked_at FROM team_credentials WHERE hash = ?',
  );
  const revokeTeam = db.prepare(
    'UPDATE team_credentials SET revoked_at = ? WHERE team_id = ? AND revoked_at IS NULL',
  );
  // Every sync asks twice who its credential is (team, then member): the
  // live ones are kept in memory once read. This store is the only writer of
  // team_credentials and this process the only one holding the file, so
  // every change passes below and drops what it changes. Entries are filled
  // outside transactions only, so a credential whose insert may still roll
  // back is never remembered; a drop inside one that rolls back only costs a
  // re-read.
  const live = new Map<string, { teamId: string; member: Member }>();
  const lookup = (hash: string) => {
    const hit = live.get(hash);
    if (hit) return hit;
    const r = liveRow.get(hash);
    if (!r) return undefined;
    const found = { teamId: r.team_id, member: { id: r.id, name: r.name, role: r.role } };
    if (!db.inTransaction) {
      if (live.size >= LIVE_CREDENTIALS_KEPT) live.clear();
      live.set(hash, found);
    }
    return found;
  };
  const forget = (teamId: string) => {
    for (const [hash, v] of live) if (v.teamId === teamId) live.delete(hash);
  };
  return {
    create: (t) => void insert.run(t.id, t.state, t.name, t.codeHash, t.now),
    get: (id) => {
      const r = get.get(id);
      return r ? toTeam(r) : undefined;
    },
    list: () => list.all().map(toTeam),
    byCodeHash: (h) => {
      const r = byCode.get(h);
      return r ? toTeam(r) : undefined;
    },
    setCodeHash: (id, h) => setCode.run(h, id).changes > 0,
    addCredential: (hash, teamId, now, m) => {
      const id = randomBytes(8).toString('hex');
      const role = m?.role || null;
      addCred.run(hash, teamId, now, id, m?.name ?? null, role);
      return { id, name: m?.name ?? null, role };
    },
    memberFor: (hash) => {
      const m = lookup(hash)?.member;
      return m && { ...m };
    },
    setMember: (hash, m) => {
      live.delete(hash);
      if (setMember.run(m.name, m.role || null, hash).changes === 0) return undefined;
      const renamed = lookup(hash)?.member;
      return renamed && { ...renamed };
    },
    membersOf: (teamId) => members.all(teamId),
    membersById: (teamId) => new Map(allMembers.all(teamId).map((m) => [m.id, m])),
    teamForCredential: (hash) => lookup(hash)?.teamId,
    revokeCredential: (hash, now) => {
      live.delete(hash);
      return revoke.run(now, hash).changes > 0;
    },
    credentialStatus: (hash) => {
      const r = status.get(hash);
      return r ? { teamId: r.team_id, revoked: r.revoked_at !== null } : undefined;
    },
    revokeTeamCredentials: (teamId, now) => {
      forget(teamId);
      return revokeTeam.run(now, teamId).changes;
    },
  };
}
