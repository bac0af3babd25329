/**
 * The storage contract: what any backend behind `Storage` (server/src/db)
 * must do for the endpoint's promises to hold, written once and run against
 * each backend (SQLite today, in server/src/db/storage.test.ts). In the
 * spirit of tldraw's storage contract suite: append and read back,
 * compaction equivalence, a crash between append and compact, many
 * concurrent appends, the same update twice, plus the small stores.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Storage } from '../src/db/index';
import { loadDoc } from '../src/plans/loadDoc';
import { createPlanDoc } from '../../src/domain/plan/template';
import { notesText } from '../../src/domain/plan/model';

export interface ContractBackend {
  /** A fresh, empty storage. */
  open(): Storage;
  /** Closes `s` and opens the same data again (kill -9 is tested on the real endpoint). */
  reopen(s: Storage): Storage;
  /** Removes everything the backend created. */
  cleanup(): void;
}

/** A plan's edits, each as its own update: the template, then `n` typed fragments. */
function edits(n: number): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = createPlanDoc();
  const updates = [Y.encodeStateAsUpdate(doc)];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < n; i++) notesText(doc).insert(notesText(doc).length, `<${i}>`);
  return { updates, doc };
}

const state = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc);

export function storageContractSuite(name: string, make: () => ContractBackend): void {
  describe(`storage contract: ${name}`, () => {
    let backend: ContractBackend;
    let storage: Storage;
    const team = (id = 't1') => {
      storage.teams.create({ id, state: 'VA', name: 'VA team', codeHash: `h-${id}`, now: 1 });
      return id;
    };
    const start = () => {
      backend = make();
      storage = backend.open();
    };
    afterEach(() => {
      storage.close();
      backend.cleanup();
    });

    it('appends updates and reads them back in order, byte for byte', () => {
      start();
      const id = team();
      const { updates } = edits(3);
      const seqs = updates.map((u, i) => storage.plans.append(id, u, 100 + i));
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      const read = storage.plans.read(id);
      expect(read.snapshot).toBeUndefined();
      expect(read.updates.map((r) => r.seq)).toEqual(seqs);
      expect(read.updates.map((r) => Buffer.from(r.update))).toEqual(
        updates.map((u) => Buffer.from(u)),
      );
      expect(read.updates.map((r) => r.at)).toEqual([100, 101, 102, 103]);
      expect(storage.plans.read('other').updates).toEqual([]);
    });

    it('compaction gives the same document as the log it folds, and keeps later rows', () => {
      start();
      const id = team();
      const { updates, doc } = edits(20);
      const seqs = updates.map((u) => storage.plans.append(id, u, 1));
      const before = state(loadDoc(storage.plans.read(id)));
      const through = seqs[15]!;
      const folded = loadDoc({
        snapshot: undefined,
        updates: storage.plans.read(id).updates.filter((r) => r.seq <= through),
      });
      storage.plans.compact(id, state(folded), through, 2);
      const after = storage.plans.read(id);
      expect(after.snapshot).toBeDefined();
      expect(after.updates.map((r) => r.seq)).toEqual(seqs.slice(16));
      expect(Buffer.from(state(loadDoc(after)))).toEqual(Buffer.from(before));
      expect(Buffer.from(before)).toEqual(
        Buffer.from(state(loadDoc({ snapshot: state(doc), updates: [] }))),
      );
      expect(storage.plans.logStats()).toEqual([
        { teamId: id, rows: 5, bytes: expect.any(Number) },
      ]);
    });

    it('a crash between append and compact loses nothing; a compaction that dies midway changes nothing', async () => {
      start();
      const id = team();
      const { updates } = edits(10);
      for (const u of updates) await storage.commit(() => storage.plans.append(id, u, 1));
      const expected = state(loadDoc(storage.plans.read(id)));
      // The compaction job throws after writing: its transaction must leave no trace.
      await expect(
        storage.commit(() => {
          const r = storage.plans.read(id);
          storage.plans.compact(id, state(loadDoc(r)), r.updates.at(-1)!.seq, 2);
          throw new Error('power cut');
        }),
      ).rejects.toThrow('power cut');
      expect(storage.plans.read(id).snapshot).toBeUndefined();
      expect(storage.plans.read(id).updates).toHaveLength(updates.length);
      storage = backend.reopen(storage);
      const read = storage.plans.read(id);
      expect(read.updates).toHaveLength(updates.length);
      expect(Buffer.from(state(loadDoc(read)))).toEqual(Buffer.from(expected));
    });

    it('a sweep deletes folded rows only, across teams, and seq keeps rising after it', () => {
      start();
      const [a, b] = [team('a'), team('b')];
      const { updates } = edits(9);
      // Interleaved, as teams typing at once leave them.
      const seqs = updates.map((u, i) => storage.plans.append(i % 2 ? b : a, u, i));
      const rowsOf = (id: string) => storage.plans.read(id).updates.map((r) => r.seq);
      const aRows = rowsOf(a);
      const bRows = rowsOf(b);
      // a folds everything; b folds its first two rows.
      storage.plans.compact(a, state(loadDoc(storage.plans.read(a))), aRows.at(-1)!, 2);
      storage.plans.compact(b, state(loadDoc(storage.plans.read(b))), bRows[1]!, 2);
      const expectedA = state(loadDoc(storage.plans.read(a)));
      const expectedB = state(loadDoc(storage.plans.read(b)));
      expect(rowsOf(a)).toEqual([]);
      expect(rowsOf(b)).toEqual(bRows.slice(2));

      // (A compaction may already have swept some: how many go is the backend's business.)
      storage.plans.sweep();
      expect(rowsOf(a)).toEqual([]);
      expect(rowsOf(b)).toEqual(bRows.slice(2));
      expect(Buffer.from(state(loadDoc(storage.plans.read(a))))).toEqual(Buffer.from(expectedA));
      expect(Buffer.from(state(loadDoc(storage.plans.read(b))))).toEqual(Buffer.from(expectedB));

      // Everything folded and swept: the next row still reads as a's, above its snapshot.
      storage.plans.compact(b, state(loadDoc(storage.plans.read(b))), bRows.at(-1)!, 3);
      storage.plans.sweep();
      const next = storage.plans.append(a, edits(0).updates[0]!, 9);
      expect(next).toBeGreaterThan(Math.max(...seqs));
      expect(rowsOf(a)).toEqual([next]);
      storage = backend.reopen(storage);
      expect(rowsOf(a)).toEqual([next]);
      expect(rowsOf(b)).toEqual([]);
    });

    it('200 concurrent appends from many syncs: every one stored once, in submission order', async () => {
      start();
      const ids = [team('a'), team('b'), team('c')];
      const { updates } = edits(199);
      const seqs = await Promise.all(
        updates.map((u, i) => storage.commit(() => storage.plans.append(ids[i % 3]!, u, i))),
      );
      expect(new Set(seqs).size).toBe(200);
      const all = ids.flatMap((id) => storage.plans.read(id).updates);
      expect(all).toHaveLength(200);
      for (const id of ids) {
        const rows = storage.plans.read(id).updates;
        expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort((x, y) => x - y));
      }
      // Merged across the three teams' logs, the updates rebuild the document.
      const merged = loadDoc({ snapshot: undefined, updates: all });
      expect(notesText(merged).toString()).toContain('<198>');
    });

    it('the same update twice reads back as one change', () => {
      start();
      const id = team();
      const { updates, doc } = edits(2);
      for (const u of updates) storage.plans.append(id, u, 1);
      storage.plans.append(id, updates[1]!, 2);
      const back = loadDoc(storage.plans.read(id));
      expect(notesText(back).toString()).toBe(notesText(doc).toString());
      const r = storage.plans.read(id);
      storage.plans.compact(id, state(back), r.updates.at(-1)!.seq, 3);
      expect(notesText(loadDoc(storage.plans.read(id))).toString()).toBe('<0><1>');
    });

    it('keeps authors, activity and versions through compaction and a reopen', async () => {
      start();
      const id = team();
      const { updates, doc } = edits(4);
      for (const u of updates) await storage.commit(() => storage.plans.append(id, u, 7, 'm1'));
      storage.planHistory.addActivity(id, {
        at: 7,
        memberId: 'm1',
        itemId: 'g1',
        line: 'deleted goal 1 “A”',
        deleted: '{"kind":"goal"}',
      });
      const plan = JSON.stringify({ title: 'x'.repeat(5000) });
      const vid = storage.planHistory.addVersion(
        id,
        { at: 7, reason: 'activity', members: ['m1'], summary: 's' },
        plan,
      );
      expect(storage.plans.read(id).updates.map((r) => r.memberId)).toEqual(
        updates.map(() => 'm1'),
      );
      const r = storage.plans.read(id);
      await storage.commit(() => storage.plans.compact(id, state(doc), r.updates.at(-1)!.seq, 8));
      storage = backend.reopen(storage);
      expect(storage.plans.read(id).updates).toEqual([]);
      expect(storage.planHistory.versions(id)).toEqual([
        { id: vid, at: 7, reason: 'activity', members: ['m1'], summary: 's' },
      ]);
      expect(storage.planHistory.versionPlan(id, vid)?.planJson).toBe(plan);
      expect(storage.planHistory.versionPlan('other', vid)).toBeUndefined();
      expect(storage.planHistory.deletions(id, 0).map((a) => a.itemId)).toEqual(['g1']);
      expect(storage.planHistory.wasDeleted(id, 'g1')).toBe(true);
      // Deflated: a repetitive plan costs far less than its JSON.
      expect(storage.planHistory.bytes(id).versions).toBeLessThan(plan.length / 10);
    });

    it('keeps teams, credentials, settings and the agenda across a reopen', () => {
      start();
      const id = team();
      storage.teams.addCredential('cred-hash', id, 5);
      storage.settings.set('k', 'v');
      storage.plans.touchSync(id, 1_000_000);
      storage = backend.reopen(storage);
      expect(storage.teams.get(id)?.state).toBe('VA');
      expect(storage.teams.teamForCredential('cred-hash')).toBe(id);
      expect(storage.settings.get('k')).toBe('v');
      expect(storage.plans.lastSyncTimes().get(id)).toBe(1_000_000);
    });
  });
}
