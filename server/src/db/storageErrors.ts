/**
 * Which errors mean "the storage itself is failing" rather than "this request
 * is wrong": a full disk, a read-only or vanished file, an I/O error. Those
 * are answered 503 with a code and Retry-After (the device keeps its outbox
 * and tries again), and at start-up they become one clear sentence instead
 * of a stack trace. Pure: it only reads the error's code.
 */

/** `full`: out of space. `unavailable`: cannot be read or written at all for now. */
export type StorageFailure = 'full' | 'unavailable';

/** Seconds a device should wait before retrying: freeing disk space takes an operator. */
export const STORAGE_RETRY_AFTER_S: Record<StorageFailure, number> = { full: 60, unavailable: 30 };

/**
 * SQLite primary result codes (better-sqlite3's `SqliteError.code`, extended
 * codes such as SQLITE_IOERR_WRITE or SQLITE_READONLY_DBMOVED included) and
 * the file-system errors of opening DATA_DIR.
 */
const SQLITE_PRIMARY: Record<string, StorageFailure> = {
  SQLITE_FULL: 'full',
  SQLITE_READONLY: 'unavailable',
  SQLITE_IOERR: 'unavailable',
  SQLITE_CANTOPEN: 'unavailable',
};
const FILE_SYSTEM: Record<string, StorageFailure> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'unavailable',
  EACCES: 'unavailable',
  EPERM: 'unavailable',
  ENOTDIR: 'unavailable',
  EEXIST: 'unavailable',
  EIO: 'unavailable',
};

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The storage failure this error is, or undefined for any other error. */
export function storageFailure(err: unknown): StorageFailure | undefined {
  const code = codeOf(err);
  if (!code) return undefined;
  if (code.startsWith('SQLITE_')) {
    // SQLITE_IOERR_SHORT_READ → SQLITE_IOERR; the extended part names the detail only.
    const primary = /^SQLITE_[A-Z]+/.exec(code)![0];
    return SQLITE_PRIMARY[primary];
  }
  return FILE_SYSTEM[code];
}

/** Why a DATA_DIR cannot be used, in words, with the code for the curious. */
export function whyUnusable(err: unknown): string {
  const code = codeOf(err) ?? '';
  const detail = describeStorageError(err);
  if (code === 'EEXIST' || code === 'ENOTDIR') return `it is a file, not a directory (${detail})`;
  if (storageFailure(err) === 'full') return `the disk is full (${detail})`;
  if (storageFailure(err)) return `it is not writable (${detail})`;
  return detail;
}

/** "SQLITE_FULL: database or disk is full": the code and SQLite's words, no stack. */
export function describeStorageError(err: unknown): string {
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : String(err);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
