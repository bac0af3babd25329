// A transaction that SQLite rolled back after a full disk fails with SQLITE_FULL, not "cannot commit".
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { keepStorageCause } from './storageCause';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE t (v BLOB)');
  // The file may not grow: the next write that needs a page fails as on a full disk.
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
});
afterEach(() => db.close());

/** Group commit as the sync does it: each job in a savepoint, a failing job caught. */
function groupCommit(jobs: (() => void)[]): unknown[] {
  const errors: unknown[] = [];
  db.transaction(() => {
    for (const job of jobs) {
      try {
        db.transaction(job)();
      } catch (err) {
        errors.push(err);
      }
    }
  }).immediate();
  return errors;
}

const insertBig = () => void db.prepare('INSERT INTO t VALUES (?)').run(Buffer.alloc(200_000));

it('without the guard, the commit hides the full disk behind SQLITE_ERROR', () => {
  expect(() => groupCommit([insertBig])).toThrow(
    expect.objectContaining({
      code: 'SQLITE_ERROR',
      message: expect.stringMatching(/cannot commit/),
    }),
  );
});

it('with the guard, the outermost transaction fails with the SQLITE_FULL inside it', () => {
  keepStorageCause(db);
  expect(() => groupCommit([insertBig])).toThrow(expect.objectContaining({ code: 'SQLITE_FULL' }));
  // The next transaction starts clean: a small write that fits commits.
  db.pragma('max_page_count = 1073741823');
  expect(groupCommit([() => void db.prepare('INSERT INTO t VALUES (1)').run()])).toEqual([]);
  expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
});

it('after the rollback, later jobs of the group fail too instead of committing on their own', () => {
  const insertSmall = () => void db.prepare('INSERT INTO t VALUES (1)').run();
  const count = () => db.prepare('SELECT count(*) AS n FROM t').get();
  // Without the guard the small job runs in a transaction of its own and commits.
  expect(() => groupCommit([insertBig, insertSmall])).toThrow();
  expect(count()).toEqual({ n: 1 });
  db.exec('DELETE FROM t');

  keepStorageCause(db);
  expect(() => groupCommit([insertBig, insertSmall])).toThrow(
    expect.objectContaining({ code: 'SQLITE_FULL' }),
  );
  expect(count()).toEqual({ n: 0 });
});

it('leaves other failures and successful transactions as they are', () => {
  keepStorageCause(db);
  db.pragma('max_page_count = 1073741823');
  expect(() =>
    db.transaction(() => {
      throw new Error('not storage');
    })(),
  ).toThrow('not storage');
  expect(db.transaction((n: number) => n * 2).deferred(21)).toBe(42);
});
