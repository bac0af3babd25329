// The migration runner: in order, once, atomically, and never backwards.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, checkMigrations } from './migrate';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { MIGRATIONS, type Migration } from './migrations';
import { DB_FILE_NAME, openStorage } from './index';
import { loadDoc } from '../plans/loadDoc';
import { createPlanDoc } from '../../../src/domain/plan/template';
import { notesText } from '../../../src/domain/plan/model';

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

  it('a version-2 database (whole plan in team_plans) opens and keeps its plans', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrate-v2-'));
    try {
      const old = new Database(join(dir, DB_FILE_NAME));
      migrate(old, MIGRATIONS.slice(0, 2));
      const doc = createPlanDoc();
      notesText(doc).insert(0, 'typed before the upgrade');
      const bytes = Y.encodeStateAsUpdate(doc);
      old
        .prepare(
          "INSERT INTO teams (id, state, name, code_hash, created_at) VALUES ('t', 'OH', 'OH team', 'h', 1)",
        )
        .run();
      old
        .prepare(
          'INSERT INTO team_plans (team_id, doc, bytes, updated_at, last_sync_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run('t', Buffer.from(bytes), bytes.byteLength, 7, 8);
      old.close();

      const storage = openStorage({ dataDir: dir });
      const read = storage.plans.read('t');
      expect(Buffer.from(read.snapshot!)).toEqual(Buffer.from(bytes));
      expect(read.updates).toEqual([]);
      expect(notesText(loadDoc(read)).toString()).toBe('typed before the upgrade');
      expect(storage.plans.lastSyncTimes().get('t')).toBe(8);
      storage.plans.append('t', bytes, 9);
      expect(storage.plans.read('t').updates).toHaveLength(1);
      storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
