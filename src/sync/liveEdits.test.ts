/**
 * The device's half of live edits (issue 13, item 3): a steady typist's
 * changes are pushed within the maximum wait (the debounce alone never
 * fired while keys kept coming), and a teammate's update pushed on the
 * event stream is applied at once, without a sync, and only for this
 * device's own team. A fake EventSource stands in for the endpoint's stream.
 */
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_DEBOUNCE_MS, CHANGE_MAX_WAIT_MS, TeamSync, type SyncablePlan } from './teamSync';
import { stopLiveEvents } from './events';
import { toBase64 } from '../wire/protocol';

class FakeEventSource {
  static CLOSED = 2;
  static last: FakeEventSource | undefined;
  readyState = 1;
  private listeners = new Map<string, ((e: MessageEvent<string>) => void)[]>();
  constructor(public url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, l: (e: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  close() {
    this.readyState = 2;
  }
  emit(type: string, data: unknown) {
    const e = new MessageEvent(type, { data: JSON.stringify(data) });
    for (const l of this.listeners.get(type) ?? []) l(e);
  }
}

let syncPosts: number[];
beforeEach(() => {
  vi.useFakeTimers();
  syncPosts = [];
  FakeEventSource.last = undefined;
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = String(url).endsWith('/api/events/ticket')
        ? { ticket: 'tk', expiresAt: Date.now() + 60_000 }
        : (syncPosts.push(Date.now()), { update: '', stateVector: 'AA==', serverTime: 0 });
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});
afterEach(() => {
  stopLiveEvents();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function fakePlan() {
  const doc = new Y.Doc();
  let committed: (seq: number) => void = () => undefined;
  const applied: Uint8Array[] = [];
  const plan: SyncablePlan = {
    planId: 'p',
    doc,
    store: { unsent: async () => [], markSent: async () => undefined },
    applyRemoteUpdate: async (u) => {
      applied.push(u);
      Y.applyUpdate(doc, u, 'remote');
    },
    onCommitted: (l) => {
      committed = l;
      return () => undefined;
    },
    flush: async () => undefined,
  };
  return { plan, doc, applied, commit: () => committed(1) };
}

const link = (teamId: string) => ({
  teamId,
  teamName: 'T',
  state: 'KS',
  credential: 'c',
  needsFullPush: false,
});

async function started(teamId = 't1') {
  const p = fakePlan();
  const sync = new TeamSync(p.plan, link(teamId));
  sync.start();
  await vi.advanceTimersByTimeAsync(10); // the first sync and the stream's ticket
  syncPosts.length = 0;
  return { ...p, sync };
}

describe('live edits on the device', () => {
  it('pushes a debounce after a lone change', async () => {
    const { sync, commit } = await started();
    const t0 = Date.now();
    commit();
    await vi.advanceTimersByTimeAsync(CHANGE_DEBOUNCE_MS + 5);
    expect(syncPosts).toHaveLength(1);
    expect(syncPosts[0]! - t0).toBeLessThanOrEqual(CHANGE_DEBOUNCE_MS);
    sync.stop();
  });

  it('keeps pushing while the user keeps typing faster than the debounce', async () => {
    const { sync, commit } = await started();
    const t0 = Date.now();
    // A key every 40 ms for 2 s: each restarts the debounce.
    for (let i = 0; i < 50; i++) {
      commit();
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(syncPosts.length).toBeGreaterThanOrEqual(6);
    expect(syncPosts[0]! - t0).toBeLessThanOrEqual(CHANGE_MAX_WAIT_MS);
    for (let i = 1; i < syncPosts.length; i++) {
      expect(syncPosts[i]! - syncPosts[i - 1]!).toBeLessThanOrEqual(CHANGE_MAX_WAIT_MS + 40);
    }
    sync.stop();
  });

  it("applies a teammate's pushed update at once, without a sync", async () => {
    const { sync, doc, applied } = await started('t1');
    const peer = new Y.Doc();
    peer.getText('title').insert(0, 'Our plan');
    FakeEventSource.last!.emit('plan', {
      teamId: 't1',
      update: toBase64(Y.encodeStateAsUpdate(peer)),
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(doc.getText('title').toString()).toBe('Our plan');
    expect(applied).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(syncPosts).toHaveLength(0);
    sync.stop();
  });

  it("never applies another team's update", async () => {
    const { sync, doc, applied } = await started('t1');
    const peer = new Y.Doc();
    peer.getText('title').insert(0, 'Not ours');
    FakeEventSource.last!.emit('plan', {
      teamId: 't2',
      update: toBase64(Y.encodeStateAsUpdate(peer)),
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(applied).toHaveLength(0);
    expect(doc.getText('title').toString()).toBe('');
    expect(syncPosts).toHaveLength(0);
    sync.stop();
  });

  it('syncs when the event carries no update, or one it cannot apply', async () => {
    const { sync, plan } = await started('t1');
    FakeEventSource.last!.emit('plan', { teamId: 't1' });
    await vi.advanceTimersByTimeAsync(5);
    expect(syncPosts).toHaveLength(1);
    plan.applyRemoteUpdate = async () => {
      throw new Error('gap');
    };
    FakeEventSource.last!.emit('plan', { teamId: 't1', update: 'AAA=' });
    await vi.advanceTimersByTimeAsync(5);
    expect(syncPosts).toHaveLength(2);
    sync.stop();
  });
});
