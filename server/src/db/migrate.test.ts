// The migration runner: in order, once, atomically, and never backwards.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, checkMigrations } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

const dbs: Database.Database[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));
function memory(): Database.Database {
  const d = new Database(':memory:');
  dbs.push(d);
  return d;
}

const A: Migration = { version: 1, name: 'a', up: 'CREATE TABLE a (x INTEGER)' };
const B: Migration = { version: 2, name: 'b', up: (db) => db.exec('CREATE TABLE b (y INTEGER)') };

describe('migrate', () => {
  it('applies pending migrations once each', () => {
    const db = memory();
    expect(migrate(db, [A])).toEqual([1]);
    expect(migrate(db, [A, B])).toEqual([2]);
    expect(migrate(db, [A, B])).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('rolls back a failing migration entirely', () => {
    const db = memory();
    const bad: Migration = {
      version: 2,
      name: 'bad',
      up: 'CREATE TABLE c (z INTEGER); SELECT * FROM nope',
    };
    migrate(db, [A]);
    expect(() => migrate(db, [A, bad])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'c'").get()).toBeUndefined();
  });

  it('refuses gaps in numbering and a database newer than the code', () => {
    expect(() => checkMigrations([A, { ...B, version: 3 }])).toThrow(/expected 2/);
    const db = memory();
    migrate(db, [A, B]);
    expect(() => migrate(db, [A])).toThrow(/newer than this server knows/);
  });

  it('has contiguous shipped migrations', () => {
    expect(() => checkMigrations(MIGRATIONS)).not.toThrow();
  });
});
