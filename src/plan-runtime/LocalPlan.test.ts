// LocalPlan: every change reaches storage within the flush window, "saved"
// only after the commit, storage failures keep the document, tabs converge.
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { loadPlanUpdates, unsentUpdates } from '../db/plans';
import { addStep, readPlan, templateGoalId, titleText } from '../domain/plan';
import { RefusedUpdateError } from '../domain/plan/updateGaps';
import { futureDeleteUpdate, gappedGoalsString } from '../test/attackUpdates';
import {
  closeLocalPlan,
  DEXIE_STORE,
  FLUSH_MS,
  getLocalPlan,
  LocalPlan,
  peekLocalPlan,
  type PendingBackup,
  type PlanStore,
  type SaveState,
} from '.';

/** An in-memory PendingBackup shared by the "pages" of one test. */
function memoryBackup(): PendingBackup & { data: Map<string, Uint8Array> } {
  const data = new Map<string, Uint8Array>();
  return {
    data,
    save: (id, u) => void data.set(id, u),
    read: (id) => data.get(id),
    clear: (id) => void data.delete(id),
  };
}

const opened: LocalPlan[] = [];
async function open(id = 'p', opts: Parameters<typeof LocalPlan.open>[1] = {}) {
  const p = await LocalPlan.open(id, { crossTab: false, ...opts });
  opened.push(p);
  return p;
}
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean | Promise<boolean>, ms = 2000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await wait(10);
  }
}

beforeEach(async () => {
  await db.planUpdates.clear();
  await db.plans.clear();
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.destroy();
});

describe('LocalPlan', () => {
  it('a new plan starts from the template and stores it', async () => {
    const p = await open();
    expect(readPlan(p.doc).goals.length).toBeGreaterThan(0);
    await p.flush();
    expect(await loadPlanUpdates('p')).toHaveLength(1);
  });

  it('stores a change within the flush window; "saved" only after the commit', async () => {
    const p = await open();
    await p.flush();
    const states: SaveState['status'][] = [];
    p.subscribe((s) => states.push(s.status));
    const t0 = Date.now();
    titleText(p.doc).insert(0, 'Ohio plan');
    expect(p.getSaveState().status).toBe('saving');
    await until(() => p.getSaveState().status === 'saved');
    expect(Date.now() - t0).toBeLessThan(FLUSH_MS + 250);
    expect(states).toEqual(['saving', 'saved']);
    const rows = await loadPlanUpdates('p');
    const back = new Y.Doc();
    for (const r of rows) Y.applyUpdate(back, r.update);
    expect(titleText(back).toString()).toBe('Ohio plan');
  });

  it('merges a burst of keystrokes into one stored update', async () => {
    const p = await open();
    await p.flush();
    const before = (await loadPlanUpdates('p')).length;
    for (const ch of 'typing') titleText(p.doc).insert(titleText(p.doc).length, ch);
    await p.flush();
    expect((await loadPlanUpdates('p')).length).toBe(before + 1);
  });

  it('reopening gives back the same plan', async () => {
    const p = await open();
    addStep(p.doc, templateGoalId('appla-16'), { text: 'Review APPLA cases' }, 's1');
    await p.destroy();
    const again = await open();
    expect(readPlan(again.doc)).toEqual(readPlan(p.doc));
  });

  it('stores remote updates as sent and does not store them again as local', async () => {
    const p = await open();
    await p.flush();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(p.doc));
    const sv = Y.encodeStateVector(other);
    titleText(other).insert(0, 'From a teammate');
    await p.applyRemoteUpdate(Y.encodeStateAsUpdate(other, sv));
    await p.flush();
    expect(titleText(p.doc).toString()).toBe('From a teammate');
    const rows = await loadPlanUpdates('p');
    expect(rows.map((r) => r.sent)).toEqual([0, 1]);
  });

  it('refuses a remote update that would stay pending (a delete of its future edits), storing nothing', async () => {
    const p = await open();
    await p.flush();
    const rowsBefore = (await loadPlanUpdates('p')).length;
    const me = p.doc.clientID;
    const attack = futureDeleteUpdate(me, Y.getState(p.doc.store, me), 1_000_000);
    await expect(p.applyRemoteUpdate(attack)).rejects.toBeInstanceOf(RefusedUpdateError);
    await expect(p.applyRemoteUpdate(gappedGoalsString(p.doc, 1000))).rejects.toBeInstanceOf(
      RefusedUpdateError,
    );
    expect(p.doc.store.pendingDs).toBeNull();
    expect(p.doc.store.pendingStructs).toBeNull();
    titleText(p.doc).insert(0, 'Typed after the attack');
    await p.flush();
    expect(titleText(p.doc).toString()).toBe('Typed after the attack');
    const rows = await loadPlanUpdates('p');
    expect(rows.filter((r) => r.sent === 1)).toHaveLength(0);
    expect(rows.length).toBe(rowsBefore + 1);
  });

  it('tells listeners after each committed local write (the sync trigger)', async () => {
    const p = await open();
    const seqs: number[] = [];
    p.onCommitted((s) => seqs.push(s));
    await p.flush();
    titleText(p.doc).insert(0, 'x');
    await p.flush();
    expect(seqs).toEqual((await unsentUpdates('p')).map((r) => r.seq));
  });

  it('when a write fails: error state, the text stays, and it is written once storage works', async () => {
    let fail = true;
    const store: PlanStore = {
      ...DEXIE_STORE,
      append: async (id, u) => {
        if (fail) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        return DEXIE_STORE.append(id, u);
      },
    };
    const p = await open('p', { store });
    await p.flush();
    titleText(p.doc).insert(0, 'Keep me');
    await p.flush();
    expect(p.getSaveState()).toMatchObject({ status: 'error', reason: 'quota' });
    expect(titleText(p.doc).toString()).toBe('Keep me');
    expect(await loadPlanUpdates('p')).toHaveLength(0);
    fail = false;
    await p.flush();
    expect(p.getSaveState().status).toBe('saved');
    const back = await open('p');
    expect(titleText(back.doc).toString()).toBe('Keep me');
  });

  it('when storage is unavailable it still opens the template in memory', async () => {
    const broken: PlanStore = {
      append: () => Promise.reject(Object.assign(new Error('no idb'), { name: 'MissingAPIError' })),
      storeRemote: () => Promise.reject(new Error('no idb')),
      load: () => Promise.reject(Object.assign(new Error('no idb'), { name: 'MissingAPIError' })),
      compact: () => Promise.reject(new Error('no idb')),
      unsent: () => Promise.reject(new Error('no idb')),
      markSent: () => Promise.reject(new Error('no idb')),
    };
    const p = await open('p', { store: broken });
    expect(p.getSaveState()).toMatchObject({ status: 'error', reason: 'unavailable' });
    expect(readPlan(p.doc).goals.length).toBeGreaterThan(0);
  });

  it('compact() reduces stored rows without changing the plan', async () => {
    const p = await open();
    for (let i = 0; i < 5; i++) {
      titleText(p.doc).insert(0, String(i));
      await p.flush();
    }
    expect((await loadPlanUpdates('p')).length).toBe(5);
    await p.compact();
    const rows = await loadPlanUpdates('p');
    expect(rows).toHaveLength(1);
    const back = new Y.Doc();
    Y.applyUpdate(back, rows[0]!.update);
    expect(titleText(back).toString()).toBe('43210');
  });

  it('two tabs on one device converge and only the editing tab stores the change', async () => {
    const a = await open('p', { crossTab: true });
    await a.flush();
    const b = await open('p', { crossTab: true });
    titleText(a.doc).insert(0, 'From tab A');
    await until(() => titleText(b.doc).toString() === 'From tab A');
    titleText(b.doc).insert(titleText(b.doc).length, ' and B');
    await until(() => titleText(a.doc).toString() === 'From tab A and B');
    await a.flush();
    await b.flush();
    const rows = await loadPlanUpdates('p');
    // template + one write from each tab; no re-storing of the other tab's change
    expect(rows).toHaveLength(3);
  });

  it('a tab ignores an update from another tab that would stay pending, and asks for what it lacks', async () => {
    const a = await open('p', { crossTab: true });
    await a.flush();
    const me = a.doc.clientID;
    const attacker = new BroadcastChannel('convening-plan:p');
    const replies: string[] = [];
    attacker.onmessage = (e: MessageEvent<{ type: string }>) => void replies.push(e.data.type);
    attacker.postMessage({
      type: 'update',
      update: futureDeleteUpdate(me, Y.getState(a.doc.store, me), 1_000_000),
      from: 'attacker',
    });
    await until(() => replies.includes('hello'));
    attacker.close();
    expect(a.doc.store.pendingDs).toBeNull();
    titleText(a.doc).insert(0, 'Still here');
    expect(titleText(a.doc).toString()).toBe('Still here');
  });

  it('peekLocalPlan gives the tab instance only once it is open and until it is closed', async () => {
    expect(peekLocalPlan('peek')).toBeUndefined();
    const opening = getLocalPlan('peek', { crossTab: false });
    expect(peekLocalPlan('peek')).toBeUndefined();
    const plan = await opening;
    expect(peekLocalPlan('peek')).toBe(plan);
    await closeLocalPlan('peek');
    expect(peekLocalPlan('peek')).toBeUndefined();
    const again = await getLocalPlan('peek', { crossTab: false });
    expect(again).not.toBe(plan);
    expect(peekLocalPlan('peek')).toBe(again);
    await closeLocalPlan('peek');
  });
});

describe('LocalPlan: a page that goes away before its write commits', () => {
  it('copies the unwritten change on pagehide; the next open applies and stores it, then clears the copy', async () => {
    const backup = memoryBackup();
    // The first page's writes never commit (as when the page unloads mid-write).
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const stuck: PlanStore = {
      ...DEXIE_STORE,
      append: (id, u) => gate.then(() => DEXIE_STORE.append(id, u)),
    };
    const first = await LocalPlan.open('p', { crossTab: false, store: stuck, backup });
    titleText(first.doc).insert(0, 'Last words');
    window.dispatchEvent(new Event('pagehide'));
    expect(backup.data.has('p')).toBe(true);
    expect(await loadPlanUpdates('p')).toHaveLength(0);

    const second = await open('p', { backup });
    expect(titleText(second.doc).toString()).toBe('Last words');
    await second.flush();
    const back = new Y.Doc();
    for (const r of await loadPlanUpdates('p')) Y.applyUpdate(back, r.update);
    expect(titleText(back).toString()).toBe('Last words');
    expect(backup.data.has('p')).toBe(false);
    expect((await unsentUpdates('p')).length).toBeGreaterThan(0);

    release();
    await first.destroy();
  });

  it('a copy of changes already on disk is cleared without a new write', async () => {
    const backup = memoryBackup();
    const p = await open('p', { backup });
    titleText(p.doc).insert(0, 'On disk');
    await p.flush();
    backup.save('p', Y.encodeStateAsUpdate(p.doc));
    await p.destroy();
    opened.splice(opened.indexOf(p), 1);
    const rows = (await loadPlanUpdates('p')).length;

    const again = await open('p', { backup });
    await again.flush();
    expect(titleText(again.doc).toString()).toBe('On disk');
    expect((await loadPlanUpdates('p')).length).toBe(rows);
    expect(backup.data.has('p')).toBe(false);
  });

  it('nothing is copied when every change is committed, and removal clears a copy', async () => {
    const backup = memoryBackup();
    const p = await open('p', { backup });
    titleText(p.doc).insert(0, 'Saved');
    await p.flush();
    window.dispatchEvent(new Event('pagehide'));
    expect(backup.data.has('p')).toBe(false);
    backup.save('p', new Uint8Array([0, 0]));
    p.announceRemoved();
    expect(backup.data.has('p')).toBe(false);
  });
});
