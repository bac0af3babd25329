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
import { createEvaluationStore, type EvaluationStore } from './evaluations';
import { createSettingsStore, type SettingsStore } from './settings';
import { createTeamStore, type TeamStore } from './teams';

export const DB_FILE_NAME = 'convening.sqlite';

export interface Storage {
  /** The raw handle, for store modules (teams, plans…) living in server/src/db/. */
  db: Database.Database;
  file: string;
  agenda: AgendaStore;
  settings: SettingsStore;
  teams: TeamStore;
  evaluations: EvaluationStore;
  /** A real round trip to the database (health check); throws when storage is unusable. */
  ping(): void;
  close(): void;
}

export interface OpenStorageOptions {
  dataDir: string;
  migrations?: readonly Migration[];
}

export function openStorage({ dataDir, migrations = MIGRATIONS }: OpenStorageOptions): Storage {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE_NAME);
  const db = new Database(file);
  try {
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
  return {
    db,
    file,
    agenda: createAgendaStore(db),
    settings: createSettingsStore(db),
    teams: createTeamStore(db),
    evaluations: createEvaluationStore(db),
    ping: () => {
      ping.get();
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}
