/**
 * SQLite specifics of plan compaction (plans.ts): a compaction writes the
 * snapshot's pages, not every page the team's rows share with other teams'
 * rows; the sweep removes exactly the folded prefix and keeps the newest row;
 * snapshots are stored deflated, and those stored before still read.
 */
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openStorage, type Storage } from './index';
import { createPlanDoc } from '../../../src/domain/plan/template';
import { notesText } from '../../../src/domain/plan/model';
import { tempDir } from '../../test/endpoint';

let dir: string;
let storage: Storage;
const TEAMS = 30;
const ROWS_EACH = 40;

beforeEach(() => {
  dir = tempDir('plan-sweep-');
  storage = openStorage({ dataDir: dir });
  for (let t = 0; t < TEAMS; t++) {
    storage.teams.create({ id: `t${t}`, state: 'VA', name: 'team', codeHash: `h${t}`, now: 1 });
  }
  // Teams typing at once: their rows interleave, about ten to a page.
  for (let i = 0; i < TEAMS * ROWS_EACH; i++) {
    storage.plans.append(`t${i % TEAMS}`, new Uint8Array(60).fill(i % 251), i, 'member-id-0001');
  }
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Pages the WAL holds after `fn` runs in one transaction from an empty WAL. */
function pagesWritten(fn: () => void): number {
  storage.db.pragma('wal_checkpoint(TRUNCATE)');
  storage.db.transaction(fn)();
  const [status] = storage.db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  return status!.log;
}

const rawRows = () =>
  storage.db.prepare('SELECT count(*) AS n FROM plan_updates').get() as { n: number };

describe('plan compaction on SQLite', () => {
  it("writes the snapshot's pages, not the pages the team's rows share with others", () => {
    const rows = storage.plans.read('t3').updates;
    expect(rows).toHaveLength(ROWS_EACH);
    const snapshot = new Uint8Array(2000).fill(7);
    // Swept once first, so the sweep that runs with the first compaction is not counted.
    storage.plans.sweep();
    const pages = pagesWritten(() => storage.plans.compact('t3', snapshot, rows.at(-1)!.seq, 5));
    // The snapshot (two overflow pages and its row), team_plans, and the
    // tables' b-tree pages: a handful. Deleting t3's 40 rows at once touched
    // one page per row.
    expect(pages).toBeLessThan(12);
    expect(storage.plans.read('t3').updates).toEqual([]);
    expect(storage.plans.read('t4').updates).toHaveLength(ROWS_EACH);
  });

  it('the sweep deletes the folded prefix only, and never the newest row', () => {
    const total = TEAMS * ROWS_EACH;
    // Every team but t0 folds everything: t0's first row bounds the prefix.
    for (let t = 1; t < TEAMS; t++) {
      const r = storage.plans.read(`t${t}`);
      storage.plans.compact(`t${t}`, new Uint8Array(10), r.updates.at(-1)!.seq, 5);
    }
    storage.plans.sweep();
    expect(rawRows().n).toBe(total);
    storage.plans.compact('t0', new Uint8Array(10), storage.plans.read('t0').updates[9]!.seq, 6);
    // t0's 10th row was at index 9 * TEAMS; its 11th, the first live row, at 10 * TEAMS.
    expect(storage.plans.sweep()).toBe(10 * TEAMS);
    expect(rawRows().n).toBe(total - 10 * TEAMS);
    expect(storage.plans.read('t0').updates).toHaveLength(ROWS_EACH - 10);

    storage.plans.compact(
      't0',
      new Uint8Array(10),
      storage.plans.read('t0').updates.at(-1)!.seq,
      7,
    );
    storage.plans.sweep();
    expect(rawRows().n).toBe(1);
    for (let t = 0; t < TEAMS; t++) expect(storage.plans.read(`t${t}`).updates).toEqual([]);
  });

  it('stores snapshots deflated, and reads one stored plain before', () => {
    const doc = createPlanDoc();
    for (let i = 0; i < 300; i++) notesText(doc).insert(notesText(doc).length, `note ${i}; `);
    const state = Y.encodeStateAsUpdate(doc);
    storage.plans.compact('t1', state, storage.plans.read('t1').updates.at(-1)!.seq, 5);
    const row = storage.db
      .prepare("SELECT length(doc) AS n FROM plan_snapshots WHERE team_id = 't1'")
      .get() as { n: number };
    expect(row.n).toBeLessThan(state.byteLength / 2);
    expect(Buffer.from(storage.plans.read('t1').snapshot!)).toEqual(Buffer.from(state));

    // A snapshot from before migration 8: plain Yjs state, deflated = 0.
    storage.db
      .prepare('INSERT INTO plan_snapshots (team_id, doc, updated_at) VALUES (?, ?, 1)')
      .run('t2', Buffer.from(state));
    expect(Buffer.from(storage.plans.read('t2').snapshot!)).toEqual(Buffer.from(state));
    // Its rows were deleted when it was made (through_seq 0): every row now is newer.
    expect(storage.plans.read('t2').updates).toHaveLength(ROWS_EACH);
  });
});
