/**
 * The in-memory plans over snapshot + log: eviction and reload give the same
 * bytes, the cache stays within its budget, compaction folds the log without
 * changing the document, and a team with a 100,000-row log loads from one
 * snapshot once compacted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { openStorage, type Storage } from '../db/index';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from '../config';
import { PlanDocs } from './planDocs';
import { syncInTransaction } from './syncPlan';
import { tempDir } from '../../test/endpoint';
import { createPlanDoc } from '../../../src/domain/plan/template';
import { notesText } from '../../../src/domain/plan/model';

let dir: string;
let storage: Storage;
let docs: PlanDocs;

function open(settings: Partial<PlanSettings> = {}) {
  docs = new PlanDocs(
    storage,
    { ...DEFAULT_PLAN_SETTINGS, ...settings },
    () => 1000,
    () => {},
  );
}

beforeEach(() => {
  dir = tempDir('plan-docs-');
  storage = openStorage({ dataDir: dir });
});
afterEach(async () => {
  await docs.close();
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

function team(id: string) {
  storage.teams.create({ id, state: 'VA', name: id, codeHash: `h-${id}`, now: 0 });
  return id;
}

/** A device doc and a function that syncs its latest change through the real sync logic. */
function device(teamId: string) {
  const doc = createPlanDoc();
  let sent: Uint8Array = new Uint8Array([0]);
  const push = async () => {
    const update = Y.encodeStateAsUpdate(doc, Y.decodeStateVector(sent).size ? sent : undefined);
    sent = Y.encodeStateVector(doc);
    const r = await storage.commit(() =>
      syncInTransaction(docs, storage.plans, teamId, { update, stateVector: sent }, 1000),
    );
    if (!r.ok) throw new Error(r.message);
    docs.afterCommit(teamId);
    return r;
  };
  return { doc, push };
}

describe('PlanDocs', () => {
  it('an evicted plan reloads from snapshot + log to the same bytes', async () => {
    open();
    const id = team('a');
    const d = device(id);
    await d.push();
    for (let i = 0; i < 30; i++) {
      notesText(d.doc).insert(0, `<${i}>`);
      await d.push();
    }
    await docs.compact(id);
    notesText(d.doc).insert(0, 'after compaction');
    await d.push();
    const cached = Y.encodeStateAsUpdate(docs.get(id).doc);
    docs.evict(id);
    expect(docs.stats().teams).toBe(0);
    const reloaded = Y.encodeStateAsUpdate(docs.get(id).doc);
    expect(Buffer.from(reloaded)).toEqual(Buffer.from(cached));
    expect(Buffer.from(reloaded)).toEqual(Buffer.from(Y.encodeStateAsUpdate(d.doc)));
    expect(storage.plans.read(id).updates).toHaveLength(1);
  });

  it('a duplicate push appends nothing; each change appends one row', async () => {
    open();
    const id = team('dup');
    const d = device(id);
    await d.push();
    const full = Y.encodeStateAsUpdate(d.doc);
    const rows = storage.plans.read(id).updates.length;
    const again = await storage.commit(() =>
      syncInTransaction(
        docs,
        storage.plans,
        id,
        { update: full, stateVector: new Uint8Array([0]) },
        1,
      ),
    );
    expect(again.ok && again.changed).toBe(false);
    expect(storage.plans.read(id).updates.length).toBe(rows);
  });

  it('keeps the cache within its byte budget, least recently used out first', async () => {
    open({ cacheBytes: 1024 * 1024 });
    const ids = Array.from({ length: 12 }, (_, i) => team(`t${i}`));
    for (const id of ids) {
      const d = device(id);
      notesText(d.doc).insert(0, 'z'.repeat(90_000));
      await d.push();
    }
    const { bytes, teams } = docs.stats();
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(teams).toBeLessThan(12);
    // The most recent team is cached, the first one was dropped and reloads the same.
    docs.get(ids[11]!);
    expect(docs.stats().teams).toBe(teams);
    expect(notesText(docs.get(ids[0]!).doc).toString()).toHaveLength(
      90_000 + notesText(createPlanDoc()).length,
    );
  });

  it('compaction folds the log into the snapshot without changing the document', async () => {
    open({ compactRows: 10 });
    const id = team('c');
    const d = device(id);
    await d.push();
    for (let i = 0; i < 25; i++) {
      notesText(d.doc).insert(0, `<${i}>`);
      await d.push();
    }
    const before = Y.encodeStateAsUpdate(docs.get(id).doc);
    await docs.compact(id);
    const read = storage.plans.read(id);
    expect(read.updates).toHaveLength(0);
    expect(read.snapshot).toBeDefined();
    docs.evict(id);
    expect(Buffer.from(Y.encodeStateAsUpdate(docs.get(id).doc))).toEqual(Buffer.from(before));
  });

  it('a team with a 100,000-row log loads once, compacts, then loads from one snapshot', async () => {
    open();
    const id = team('big');
    const doc = createPlanDoc();
    const rows: Uint8Array[] = [Y.encodeStateAsUpdate(doc)];
    doc.on('update', (u: Uint8Array) => rows.push(u));
    for (let i = 0; rows.length < 100_000; i++) notesText(doc).insert(i % 50, 'k');
    storage.db.transaction(() => {
      for (const u of rows) storage.plans.append(id, u, 1);
    })();
    expect(storage.plans.read(id).updates).toHaveLength(100_000);
    const t0 = performance.now();
    const first = docs.get(id);
    const firstMs = performance.now() - t0;
    expect(Buffer.from(Y.encodeStateAsUpdate(first.doc))).toEqual(
      Buffer.from(Y.encodeStateAsUpdate(doc)),
    );
    await docs.compact(id);
    docs.evict(id);
    expect(storage.plans.read(id).updates).toHaveLength(0);
    const t1 = performance.now();
    const again = docs.get(id);
    const againMs = performance.now() - t1;
    console.log(
      `[measure] 100,000-row log: first load ${firstMs.toFixed(0)} ms, after compaction ${againMs.toFixed(1)} ms`,
    );
    expect(notesText(again.doc).toString()).toBe(notesText(doc).toString());
  });
});
