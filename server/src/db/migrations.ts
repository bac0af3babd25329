/**
 * Numbered schema migrations, applied in order, each exactly once, each in
 * its own transaction. Append new ones at the end with the next number; never
 * edit or reorder a migration that has shipped (databases in the field have
 * already run it).
 */
import type Database from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3 … contiguous; stored in PRAGMA user_version and schema_migrations. */
  version: number;
  name: string;
  /** SQL script, or a function for migrations that need logic. */
  up: string | ((db: Database.Database) => void);
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'agenda versions and settings',
    up: `
      CREATE TABLE agenda_versions (
        version      INTEGER PRIMARY KEY,
        json         TEXT    NOT NULL,
        published_at TEXT    NOT NULL,
        published_by TEXT    NOT NULL
      );
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'teams, team credentials and team plans',
    up: `
      CREATE TABLE teams (
        id          TEXT PRIMARY KEY,
        state       TEXT NOT NULL,
        name        TEXT NOT NULL,
        code_hash   TEXT UNIQUE,
        created_at  INTEGER NOT NULL
      );
      CREATE TABLE team_credentials (
        hash        TEXT PRIMARY KEY,
        team_id     TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        created_at  INTEGER NOT NULL,
        revoked_at  INTEGER
      );
      CREATE INDEX team_credentials_team ON team_credentials(team_id);
      CREATE TABLE team_plans (
        team_id      TEXT PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
        doc          BLOB NOT NULL,
        bytes        INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        last_sync_at INTEGER
      );
    `,
  },
  {
    version: 3,
    name: 'plan update log and snapshots',
    // Plans become a snapshot plus an append-only log of the updates since
    // (one small row per sync). team_plans keeps the small per-team facts
    // (bytes, times) so touching "last sync" no longer rewrites the document;
    // its doc column is kept (additive) but emptied once copied. No index on
    // plan_updates.team_id: compaction keeps the table small, and without one
    // a sync's commit writes one page (the table's last), not two.
    up: `
      CREATE TABLE plan_snapshots (
        team_id    TEXT PRIMARY KEY REFERENCES teams(id) ON DELETE CASCADE,
        doc        BLOB    NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE plan_updates (
        seq        INTEGER PRIMARY KEY,
        team_id    TEXT    NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        update_    BLOB    NOT NULL,
        created_at INTEGER NOT NULL
      );
      INSERT INTO plan_snapshots (team_id, doc, updated_at)
        SELECT team_id, doc, updated_at FROM team_plans WHERE length(doc) > 0;
      UPDATE team_plans SET doc = X'';
    `,
  },
  {
    version: 4,
    name: 'evaluations',
    // Anonymous: no address, device or team is stored with an evaluation.
    up: `
      CREATE TABLE evaluations (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('session', 'overall')),
        session_id  TEXT,
        rating      INTEGER,
        answers     TEXT,
        comment     TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      );
      CREATE INDEX evaluations_session ON evaluations(session_id);
    `,
  },
  {
    version: 5,
    name: 'team member names on device credentials',
    up: `
      ALTER TABLE team_credentials ADD COLUMN member_id   TEXT;
      ALTER TABLE team_credentials ADD COLUMN member_name TEXT;
      ALTER TABLE team_credentials ADD COLUMN member_role TEXT;
      UPDATE team_credentials SET member_id = lower(hex(randomblob(8)));
      CREATE UNIQUE INDEX team_credentials_member ON team_credentials(member_id);
    `,
  },
  {
    version: 6,
    name: 'plan submissions',
    // One row per submission, keyed by the id the device made (exactly once).
    // `doc` is the Yjs state as the member saw it, `plan_json` its read model
    // (what organizers list and export without decoding Yjs); the member's
    // public id and name are copied as they were at the time.
    up: `
      CREATE TABLE plan_submissions (
        id           TEXT PRIMARY KEY,
        team_id      TEXT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        submitted_at INTEGER NOT NULL,
        member_id    TEXT,
        member_name  TEXT,
        doc          BLOB NOT NULL,
        plan_json    TEXT NOT NULL
      );
      CREATE INDEX plan_submissions_team ON plan_submissions(team_id, submitted_at);
    `,
  },
  {
    version: 7,
    name: 'plan authors, activity and versions',
    // Each stored update row names its author (public member id). Activity
    // lines and versions live in their own tables: compaction folds and
    // deletes plan_updates rows, and neither must go with them. Versions hold
    // the plan's read model as deflated JSON (a few KiB for a large plan),
    // not Yjs state: restores are made on the device as ordinary edits from
    // the content, so the Yjs history is not needed to bring one back.
    up: `
      ALTER TABLE plan_updates ADD COLUMN member_id TEXT;
      CREATE TABLE plan_activity (
        seq        INTEGER PRIMARY KEY,
        team_id    TEXT    NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        at         INTEGER NOT NULL,
        member_id  TEXT,
        item_id    TEXT    NOT NULL,
        line       TEXT    NOT NULL,
        deleted    TEXT
      );
      CREATE INDEX plan_activity_team ON plan_activity(team_id, seq);
      CREATE TABLE plan_versions (
        id         INTEGER PRIMARY KEY,
        team_id    TEXT    NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        at         INTEGER NOT NULL,
        reason     TEXT    NOT NULL,
        members    TEXT    NOT NULL,
        summary    TEXT    NOT NULL,
        plan       BLOB    NOT NULL
      );
      CREATE INDEX plan_versions_team ON plan_versions(team_id, id);
    `,
  },
  {
    version: 8,
    name: 'plan snapshots say which rows they fold, and are deflated',
    // Compaction records the last seq a snapshot folds instead of deleting
    // the team's rows at once (plans.ts: those deletes rewrote pages shared
    // with every other team's rows); reads skip rows at or below it, and a
    // sweep deletes them later as a prefix of the table. 0 for snapshots made
    // before: their folded rows were deleted when they were made. New
    // snapshots are stored deflated (a typed plan's Yjs state shrinks about
    // 4.5 times, for about 1 ms per compaction): what a compaction writes.
    up: `
      ALTER TABLE plan_snapshots ADD COLUMN through_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE plan_snapshots ADD COLUMN deflated INTEGER NOT NULL DEFAULT 0;
    `,
  },
  // Append later migrations here with the next version number.
];
