/**
 * The sync loop after a 503 from the endpoint (issue 11, D6: a full or
 * failing disk): nothing is marked sent, the badge says the server cannot
 * take changes, and the next try waits for Retry-After, not less.
 */
import * as Y from 'yjs';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { TeamSync, type SyncablePlan } from './teamSync';
import { describeSyncStatus, getSyncStatus } from './status';

const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

let answers: Response[];
let posts: number;
beforeEach(() => {
  vi.useFakeTimers();
  posts = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      posts += 1;
      return answers.shift()!;
    }),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it('keeps the outbox after a 503 storage_full and retries only after Retry-After', async () => {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, 'waiting');
  const markSent = vi.fn(async () => undefined);
  const plan: SyncablePlan = {
    planId: 'p',
    doc,
    store: {
      unsent: async () => [
        { seq: 1, planId: 'p', update: Y.encodeStateAsUpdate(doc), createdAt: 0, sent: 0 },
      ],
      markSent,
    },
    applyRemoteUpdate: async () => undefined,
    onCommitted: () => () => undefined,
    flush: async () => undefined,
  };
  answers = [
    json({ error: 'storage_full', message: 'Disk full.', retryAfter: 60 }, 503, {
      'retry-after': '60',
    }),
    json({ update: '', stateVector: 'AA==', serverTime: 0 }, 200),
  ];
  const sync = new TeamSync(plan, {
    teamId: 't',
    teamName: 'T',
    state: 'KS',
    credential: 'c',
    needsFullPush: false,
  });

  expect(await sync.run()).toMatchObject({ kind: 'failed', status: 503, retryAfterMs: 60_000 });
  expect(markSent).not.toHaveBeenCalled();
  expect(describeSyncStatus(getSyncStatus(), 1)).toBe(
    'The team server cannot take changes right now; 1 change waiting, trying again shortly',
  );

  await vi.advanceTimersByTimeAsync(59_000);
  expect(posts).toBe(1);
  await vi.advanceTimersByTimeAsync(1_100);
  expect(posts).toBe(2);
  expect(markSent).toHaveBeenCalledWith('p', [1]);
  expect(getSyncStatus().kind).toBe('synced');
  sync.stop();
});
