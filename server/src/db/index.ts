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
import { createSubmissionStore, type SubmissionStore } from './submissions';
import { createTeamStore, type TeamStore } from './teams';
import { storageFailure, whyUnusable } from './storageErrors';
import { keepStorageCause } from './storageCause';
import { createPlanStore, type PlanStore } from './plans';
import { createPlanHistoryStore, type PlanHistoryStore } from './planHistory';
import { CommitBatcher } from './commitBatcher';
import { lockDataDir, type DataDirLock } from './dataDirLock';

export const DB_FILE_NAME = 'convening.sqlite';
/** Settings row the health check rewrites on every call. */
export const HEARTBEAT_KEY = 'healthz_heartbeat';

export interface Storage {
  /** The raw handle, for store modules (teams, plans…) living in server/src/db/. */
  db: Database.Database;
  file: string;
  agenda: AgendaStore;
  settings: SettingsStore;
  teams: TeamStore;
  evaluations: EvaluationStore;
  /** Plan submissions: the versions teams handed to the organizers. */
  submissions: SubmissionStore;
  /**
   * The health check: a small real write (a heartbeat row in settings,
   * committed like any acknowledged change), so a full or read-only disk
   * shows here and not only on the next sync. Throws when storage is failing.
   */
  heartbeat(now: Date): void;
  plans: PlanStore;
  /** Who changed what, and the plan's versions (outlive compaction). */
  planHistory: PlanHistoryStore;
  /**
   * Run `fn` inside the next group commit (one transaction shared by the
   * writes of this moment, each in its own savepoint); resolves after the
   * commit, rejects if `fn` throws or the commit fails.
   */
  commit<T>(fn: () => T): Promise<T>;
  close(): void;
}

export interface OpenStorageOptions {
  dataDir: string;
  migrations?: readonly Migration[];
  /** How long a group commit waits for more writes (COMMIT_WINDOW_MS; see commitBatcher.ts). */
  commitWindowMs?: number;
  /** The longest wait, when writes come fast (COMMIT_WINDOW_BUSY_MS; see commitWindow.ts). */
  commitWindowBusyMs?: number;
}

/** DATA_DIR cannot hold the database: said in one sentence an operator can act on. */
export class StorageOpenError extends Error {}

function unusable(dataDir: string, err: unknown): StorageOpenError {
  return new StorageOpenError(
    `DATA_DIR ${dataDir} cannot hold the database: ${whyUnusable(err)}. ` +
      'Point DATA_DIR at a writable directory with free space.',
  );
}

export function openStorage({
  dataDir,
  migrations = MIGRATIONS,
  commitWindowMs = 4,
  commitWindowBusyMs = commitWindowMs,
}: OpenStorageOptions): Storage {
  const file = join(dataDir, DB_FILE_NAME);
  let db: Database.Database;
  let lock: DataDirLock | undefined;
  try {
    mkdirSync(dataDir, { recursive: true });
    lock = lockDataDir(dataDir);
  } catch (err) {
    throw unusable(dataDir, err);
  }
  if (!lock) {
    throw new StorageOpenError(
      `DATA_DIR ${dataDir} is in use by another endpoint. ` +
        'Stop that one first, or give this one a DATA_DIR of its own.',
    );
  }
  try {
    db = new Database(file);
  } catch (err) {
    lock.release();
    throw unusable(dataDir, err);
  }
  keepStorageCause(db);
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
    lock.release();
    // A read-only file or a full disk shows first here (WAL, the first migration).
    throw storageFailure(err) ? unusable(dataDir, err) : err;
  }
  const settings = createSettingsStore(db);
  const batcher = new CommitBatcher(db, 256, 20, commitWindowMs, commitWindowBusyMs);
  return {
    db,
    file,
    agenda: createAgendaStore(db),
    settings,
    teams: createTeamStore(db),
    evaluations: createEvaluationStore(db),
    submissions: createSubmissionStore(db),
    heartbeat: (now) => settings.set(HEARTBEAT_KEY, now.toISOString()),
    plans: createPlanStore(db),
    planHistory: createPlanHistoryStore(db),
    commit: (fn) => batcher.submit(fn),
    close: () => {
      if (db.open) db.close();
      lock.release();
    },
  };
}
