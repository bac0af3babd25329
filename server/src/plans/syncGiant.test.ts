/**
 * Issue 11, D3, against the real endpoint: a plan near the item cap (about
 * 190,000 one-character items, each its own Yjs struct) with ten of its
 * devices syncing at once must not freeze the endpoint: another team's sync
 * and /healthz still answer within 100 ms of what they take with the giant
 * team quiet (best of five rounds against the median quiet one, measured in
 * turns, so a busy shared machine does not decide; before the in-memory
 * documents every round took seconds). Past the cap the plan is refused
 * with 413 naming the items.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endpointForFile } from '../../test/endpoint';
import { createTeam, joinedDevice, rawSync, type TestDevice } from '../../test/planSyncKit';
import { goalsArray, notesText, titleText } from '../../../src/domain/plan/model';
import { MAX_PLAN_ITEMS, SYNC_ERRORS } from '../../../src/wire/protocol';

const endpoint = endpointForFile();

/** `n` characters typed one by one at the start of `text`, so no two merge into one struct. */
function typeBackwards(doc: Y.Doc, text: Y.Text, n: number, perTransaction = 40_000) {
  for (let done = 0; done < n; done += perTransaction) {
    doc.transact(() => {
      for (let i = 0; i < Math.min(perTransaction, n - done); i++) text.insert(0, 'x');
    });
  }
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

describe('a giant plan cannot freeze other teams (issue 11, D3)', () => {
  it('ten syncs of a near-cap plan keep another team and /healthz within 100 ms of quiet; past the cap: 413', async () => {
    const url = endpoint.server.url;
    const giantTeam = await createTeam(url, 'TX');
    const g = await joinedDevice(url, giantTeam.joinCode, 'G');
    typeBackwards(g.doc, notesText(g.doc), 95_000);
    typeBackwards(g.doc, titleText(g.doc), 95_000);
    const pushed = await g.syncAll(40);
    expect(pushed.kind).toBe('synced');
    expect(g.unsentCount()).toBe(0);
    const giantSv = Y.encodeStateVector(g.doc);
    const readers: TestDevice[] = [];
    for (let i = 0; i < 10; i++) readers.push(await joinedDevice(url, giantTeam.joinCode, `R${i}`));
    expect((await rawSync(readers[0]!, undefined, giantSv)).status).toBe(200);
    // Let the endpoint fold the pushed log into a snapshot (one encode) before measuring.
    await new Promise((r) => setTimeout(r, 1000));

    const otherTeam = await createTeam(url, 'VT');
    const o = await joinedDevice(url, otherTeam.joinCode, 'O');
    expect((await o.syncAll()).kind).toBe('synced');

    // Side by side, in turns: the same two requests with the giant team quiet,
    // then with its ten devices syncing at once. Turns keep a busy shared
    // machine from favouring one side.
    const quietSync: number[] = [];
    const quietHealth: number[] = [];
    const other: number[] = [];
    const health: number[] = [];
    for (let round = 0; round < 5; round++) {
      o.typeNotes(`<quiet${round}>`);
      const [qs, qh] = await Promise.all([
        timed(() => o.sync()),
        timed(() => fetch(`${url}/healthz`).then((r) => r.status)),
      ]);
      quietSync.push(qs.ms);
      quietHealth.push(qh.ms);
      const giant = readers.map((r) => rawSync(r, undefined, giantSv));
      o.typeNotes(`<${round}>`);
      const [sync, hz] = await Promise.all([
        timed(() => o.sync()),
        timed(() => fetch(`${url}/healthz`).then((r) => r.status)),
      ]);
      const answers = await Promise.all(giant);
      expect(answers.map((a) => a.status)).toEqual(readers.map(() => 200));
      expect(sync.value.kind).toBe('synced');
      expect(hz.value).toBe(200);
      other.push(sync.ms);
      health.push(hz.ms);
    }
    const ms = (xs: number[]) => xs.map((m) => m.toFixed(0)).join('/');
    console.log(
      `[measure] other team's sync quiet ${ms(quietSync)} ms, with the giant plan's ten syncs ${ms(other)} ms; ` +
        `/healthz quiet ${ms(quietHealth)} ms, loaded ${ms(health)} ms`,
    );
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    // Best loaded round within 100 ms of the typical quiet one (on an idle
    // machine: under 100 ms). The freeze this guards against was 5.8 s.
    expect(Math.min(...other)).toBeLessThan(100 + median(quietSync));
    expect(Math.min(...health)).toBeLessThan(100 + median(quietHealth));

    // Past the cap on items (the bytes are far from theirs): refused, naming the items.
    const goalTitle = goalsArray(g.doc).get(0).get('title') as Y.Text;
    typeBackwards(g.doc, goalTitle, MAX_PLAN_ITEMS - 190_000 + 1_000);
    const over = await g.sync();
    expect(over).toMatchObject({ kind: 'rejected', error: SYNC_ERRORS.docTooLarge });
    expect(over.kind === 'rejected' && over.message).toMatch(/items; the limit is 200000/);
  });
});
