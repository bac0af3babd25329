/**
 * The storage module: opens the SQLite file under DATA_DIR with the settings
 * this endpoint relies on, runs the migrations, and hands out the stores.
 * All SQL lives under server/src/db/ so that this is the one seam to put
 * another database behind.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS, type Migration } from './migrations';
import { migrate } from './migrate';
import { createAgendaStore, type AgendaStore } from './agenda';
import { createSettingsStore, type SettingsStore } from './settings';
import { createTeamStore, type TeamStore } from './teams';
import { createPlanStore, type PlanStore } from './plans';
import { CommitBatcher } from './commitBatcher';

export const DB_FILE_NAME = 'convening.sqlite';

export interface Storage {
  /** The raw handle, for store modules (teams, plans…) living in server/src/db/. */
  db: Database.Database;
  file: string;
  agenda: AgendaStore;
  settings: SettingsStore;
  teams: TeamStore;
  plans: PlanStore;
  /**
   * Run `fn` inside the next group commit (one transaction shared by the
   * writes of this moment, each in its own savepoint); resolves after the
   * commit, rejects if `fn` throws or the commit fails.
   */
  commit<T>(fn: () => T): Promise<T>;
  /** A real round trip to the database (health check); throws when storage is unusable. */
  ping(): void;
  close(): void;
}

export interface OpenStorageOptions {
  dataDir: string;
  migrations?: readonly Migration[];
  /** How long a group commit waits for more writes (COMMIT_WINDOW_MS; see commitBatcher.ts). */
  commitWindowMs?: number;
}

export function openStorage({
  dataDir,
  migrations = MIGRATIONS,
  commitWindowMs = 4,
}: OpenStorageOptions): Storage {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE_NAME);
  const db = new Database(file);
  try {
    // A new file gets 1 KiB pages: a sync's commit appends one small log row,
    // and WAL writes whole pages (an existing file keeps its page size).
    db.pragma('page_size = 1024');
    db.pragma('journal_mode = WAL');
    // FULL: a change we acknowledged survives a power cut, not just a crash.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
  } catch (err) {
    db.close();
    throw err;
  }
  const ping = db.prepare('SELECT 1 AS one');
  const batcher = new CommitBatcher(db, 256, 20, commitWindowMs);
  return {
    db,
    file,
    agenda: createAgendaStore(db),
    settings: createSettingsStore(db),
    teams: createTeamStore(db),
    plans: createPlanStore(db),
    commit: (fn) => batcher.submit(fn),
    ping: () => {
      ping.get();
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}
