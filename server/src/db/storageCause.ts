/**
 * Keeps the real cause of a failed transaction visible. After SQLITE_FULL or
 * SQLITE_IOERR inside a transaction SQLite may roll the whole transaction
 * back by itself; code that caught the error in a nested savepoint (the
 * sync's group commit does, so one bad job does not sink the others) then
 * fails at COMMIT with "cannot commit - no transaction is active", a plain
 * SQLITE_ERROR that reads like a bug and would be answered 500. Wrapping
 * `db.transaction` here (the storage module, not each caller) makes the
 * outermost transaction rethrow the storage failure that happened inside
 * it, so the HTTP layer answers 503 with Retry-After as for any full disk.
 * And once SQLite has rolled the outer transaction back, a later nested
 * transaction in it fails with the same cause instead of quietly starting
 * (and committing) a transaction of its own outside the group.
 */
import type Database from 'better-sqlite3';
import { storageFailure } from './storageErrors';

type AnyFn = (...args: never[]) => unknown;
const VARIANTS = ['default', 'deferred', 'immediate', 'exclusive'] as const;

export function keepStorageCause(db: Database.Database): void {
  const transaction = db.transaction.bind(db);
  let depth = 0;
  let cause: unknown;

  const wrapped = (fn: AnyFn) => {
    // Runs inside SQLite's transaction: notes a storage failure on its way out.
    const tx = transaction(function (this: unknown, ...args: never[]) {
      try {
        return fn.apply(this, args);
      } catch (err) {
        if (cause === undefined && storageFailure(err)) cause = err;
        throw err;
      }
    });
    // Around begin and commit: the outermost call swaps a follow-on error for the cause.
    const outer = (variant: AnyFn) =>
      function (this: unknown, ...args: never[]) {
        const outermost = depth === 0;
        if (!outermost && cause !== undefined && !db.inTransaction) throw cause;
        depth += 1;
        try {
          return variant.apply(this, args);
        } catch (err) {
          if (outermost && cause !== undefined && !storageFailure(err)) throw cause;
          throw err;
        } finally {
          depth -= 1;
          if (outermost) cause = undefined;
        }
      };
    const result = outer(tx);
    for (const v of VARIANTS) Object.defineProperty(result, v, { value: outer(tx[v]) });
    Object.defineProperty(result, 'database', { value: db });
    return result;
  };
  db.transaction = wrapped as unknown as typeof db.transaction;
}
