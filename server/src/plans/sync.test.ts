/**
 * Plan sync scenarios against the real endpoint (a child process on an
 * ephemeral port with a temporary SQLite file), driven by the real device
 * exchange (syncOnce) over in-memory outboxes.
 */
import { describe, expect, it } from 'vitest';
import { endpointForFile } from '../../test/endpoint';
import * as Y from 'yjs';
import { addStep, setStepText } from '../../../src/domain/plan/edit';
import type { FetchLike } from '../../../src/sync/planSync';
import {
  TestDevice,
  createTeam,
  docsEqual,
  joinedDevice,
  serverPlan,
} from '../../test/planSyncKit';

const endpoint = endpointForFile();

async function twoDevices() {
  const team = await createTeam(endpoint.server.url);
  const a = await joinedDevice(endpoint.server.url, team.joinCode, 'A');
  const b = await joinedDevice(endpoint.server.url, team.joinCode, 'B');
  return { team, a, b };
}

function firstGoalId(d: TestDevice): string {
  return d.plan().goals[0]!.id;
}

describe('plan sync', () => {
  it('offline edits to the same and to different fields converge with every fragment', async () => {
    const { a, b } = await twoDevices();
    expect((await a.syncAll()).kind).toBe('synced');
    expect((await b.syncAll()).kind).toBe('synced');
    const goal = firstGoalId(a);
    const stepA = addStep(a.doc, goal, { text: 'Step by A' });
    expect((await a.syncAll()).kind).toBe('synced');
    expect((await b.syncAll()).kind).toBe('synced');
    // Offline now: both type into notes (same field) and into different fields.
    a.typeNotes('alpha-1 ');
    b.typeNotes('bravo-1 ');
    a.typeNotes('alpha-2 ', 0);
    b.typeNotes('bravo-2 ', 0);
    setStepText(a.doc, stepA, 'owner', 'Owner from A');
    setStepText(b.doc, stepA, 'lead', 'Lead from B');
    a.doc.getText('title').insert(0, 'Title A ');
    b.doc.getText('title').insert(0, 'Title B ');
    await a.syncAll();
    await b.syncAll();
    await a.syncAll();
    expect(docsEqual(a.doc, b.doc)).toBe(true);
    for (const f of ['alpha-1', 'alpha-2', 'bravo-1', 'bravo-2']) expect(a.notes()).toContain(f);
    const step = a
      .plan()
      .goals.flatMap((g) => g.steps)
      .find((s) => s.id === stepA)!;
    expect(step.owner).toBe('Owner from A');
    expect(step.lead).toBe('Lead from B');
    expect(a.plan().title).toContain('Title A');
    expect(a.plan().title).toContain('Title B');
  });

  it('a reply lost after the endpoint committed: the resend adds no duplicate', async () => {
    const { a, b } = await twoDevices();
    a.typeNotes('once-only ');
    const loseReply: FetchLike = async (url, init) => {
      await fetch(url, init);
      throw new Error('connection reset after commit');
    };
    expect((await a.sync({ fetch: loseReply })).kind).toBe('offline');
    expect(a.unsentCount()).toBeGreaterThan(0);
    expect((await a.syncAll()).kind).toBe('synced');
    expect(a.unsentCount()).toBe(0);
    await b.syncAll();
    expect(b.notes().split('once-only').length - 1).toBe(1);
    expect((await serverPlan(a)).getText('notes').toString()).toBe('once-only ');
  });

  it('the same push sent 5 times concurrently equals one delivery', async () => {
    const { a, b } = await twoDevices();
    a.typeNotes('five-times ');
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => a.sync()));
    for (const r of results) expect(r.kind).toBe('synced');
    await b.syncAll();
    expect(b.notes()).toBe('five-times ');
    expect(docsEqual(a.doc, b.doc)).toBe(true);
  });

  it('30% of requests failing or timing out still converges', async () => {
    const { a, b } = await twoDevices();
    let n = 0;
    const flaky: FetchLike = async (url, init) => {
      n += 1;
      const roll = (n * 7919) % 10; // deterministic: 3 in 10 fail
      if (roll < 1) throw new Error('request dropped');
      if (roll < 2) {
        await fetch(url, init);
        throw new Error('reply dropped');
      }
      if (roll < 3) {
        await new Promise((_, reject) => {
          init.signal?.addEventListener('abort', () => reject(new Error('timed out')));
        });
      }
      return fetch(url, init);
    };
    for (let i = 0; i < 30; i++) {
      (i % 2 ? a : b).typeNotes(`f${i} `);
      await (i % 2 ? a : b).sync({ fetch: flaky, timeoutMs: 50 });
      await (i % 2 ? b : a).sync({ fetch: flaky, timeoutMs: 50 });
    }
    for (
      let i = 0;
      i < 10 && (a.unsentCount() > 0 || b.unsentCount() > 0 || !docsEqual(a.doc, b.doc));
      i++
    ) {
      await a.sync({ fetch: flaky, timeoutMs: 50 });
      await b.sync({ fetch: flaky, timeoutMs: 50 });
    }
    await a.syncAll();
    await b.syncAll();
    await a.syncAll();
    expect(docsEqual(a.doc, b.doc)).toBe(true);
    for (let i = 0; i < 30; i++) expect(a.notes()).toContain(`f${i} `);
  });

  it('a device restored from an old backup of its storage converges', async () => {
    const { a, b } = await twoDevices();
    a.typeNotes('before-backup ');
    await a.syncAll();
    // Backup: the doc and outbox as they were now.
    const backupState = Y.encodeStateAsUpdate(a.doc);
    a.typeNotes('after-backup ');
    await a.syncAll();
    b.typeNotes('from-b ');
    await b.syncAll();
    const restoredDoc = new Y.Doc();
    Y.applyUpdate(restoredDoc, backupState);
    const restored = new TestDevice('A-restored', a.link, restoredDoc);
    restored.typeNotes('typed-after-restore ');
    await restored.syncAll();
    await b.syncAll();
    expect(docsEqual(restored.doc, b.doc)).toBe(true);
    for (const f of ['before-backup', 'after-backup', 'from-b', 'typed-after-restore']) {
      expect(restored.notes()).toContain(f);
    }
  });

  it('device clocks skewed by ±24 hours change nothing', async () => {
    const { a, b } = await twoDevices();
    const realNow = Date.now;
    try {
      Date.now = () => realNow() + 24 * 3600_000;
      a.typeNotes('ahead ');
      await a.syncAll();
      Date.now = () => realNow() - 24 * 3600_000;
      b.typeNotes('behind ');
      await b.syncAll();
      await a.syncAll();
    } finally {
      Date.now = realNow;
    }
    expect(docsEqual(a.doc, b.doc)).toBe(true);
    expect(a.notes()).toContain('ahead');
    expect(a.notes()).toContain('behind');
  });

  it('a draft made before joining merges into the team plan (not replaced)', async () => {
    const { team, a } = await twoDevices();
    a.typeNotes('team-text ');
    await a.syncAll();
    const draft = await joinedDevice(endpoint.server.url, team.joinCode, 'draft');
    draft.outbox = [];
    draft.link.needsFullPush = true;
    draft.doc.getText('title').insert(0, 'Drafted title');
    await draft.syncAll();
    await a.syncAll();
    expect(a.plan().title).toBe('Drafted title');
    expect(draft.notes()).toBe('team-text ');
    // The template goals are shared, not doubled.
    expect(a.plan().goals.length).toBe(draft.plan().goals.length);
  });

  it('bytes sent for one edit on a 200-step plan stay small', async () => {
    const { a } = await twoDevices();
    const goal = firstGoalId(a);
    a.doc.transact(() => {
      for (let i = 0; i < 200; i++) addStep(a.doc, goal, { text: `Step number ${i} of the plan` });
    });
    await a.syncAll();
    const step = a.plan().goals[0]!.steps[100]!.id;
    setStepText(a.doc, step, 'owner', 'Dana');
    const r = await a.sync();
    expect(r.kind).toBe('synced');
    if (r.kind === 'synced') {
      console.log(`[measure] one edit on a 200-step plan: ${r.sentBytes} bytes sent`);
      expect(r.sentBytes).toBeLessThan(1024);
    }
  });
});
