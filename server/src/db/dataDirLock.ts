/**
 * One endpoint per DATA_DIR. The endpoint keeps what it read in memory (live
 * credentials, the agenda's version, each active team's plan document), so a
 * second process on the same files would answer from stale copies: a revoked
 * device would still sync through the other process, and two in-memory
 * documents of one plan would each append to the log the other never reads.
 *
 * The lock is SQLite's own file lock on a small file beside the database,
 * taken in EXCLUSIVE locking mode and held until `release()`. The operating
 * system drops it when the process dies, even by kill -9, so a crash never
 * leaves a stale lock behind and no process id is guessed at. It also holds
 * between two connections of one process (SQLite tracks its own locks).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'endpoint.lock';

export interface DataDirLock {
  release(): void;
}

/**
 * Takes DATA_DIR's lock, or returns undefined at once (no waiting) when another
 * endpoint holds it. Other errors (a directory it cannot write) are thrown.
 */
export function lockDataDir(dataDir: string): DataDirLock | undefined {
  const db = new Database(join(dataDir, LOCK_FILE_NAME), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    // In EXCLUSIVE mode the lock a write takes is kept after its commit.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (err) {
    db.close();
    if ((err as { code?: unknown }).code === 'SQLITE_BUSY') return undefined;
    throw err;
  }
  return {
    release: () => {
      if (db.open) db.close();
    },
  };
}
