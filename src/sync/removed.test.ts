/**
 * A device an organizer removed from its team (issue 11, D5): the endpoint's
 * `credential_revoked` answer is told apart from other 401s, the device
 * forgets the dead credential but keeps its plan row, says so in exact words,
 * and joining again with a new code clears the mark and pushes the plan whole.
 */
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPlanRow, putPlanRow } from '../db/plans';
import { syncOnce, type FetchLike } from './planSync';
import { describeSyncStatus } from './status';
import { joinTeam, markRemovedFromTeam, teamLinkOf, wasRemovedFromTeam } from './teams';
import { SYNC_ERRORS } from '../wire/protocol';

const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function answering(res: () => Response): FetchLike {
  return async () => res();
}

const store = {
  unsent: async () => [{ seq: 1, update: Y.encodeStateAsUpdate(new Y.Doc()) }],
  markSent: vi.fn(async () => undefined),
  stateVector: () => Y.encodeStateVector(new Y.Doc()),
  fullState: () => Y.encodeStateAsUpdate(new Y.Doc()),
  applyRemote: () => undefined,
};
const link = { apiBase: '', teamId: 't1', credential: 'c1' };

afterEach(() => vi.unstubAllGlobals());

describe('the sync answer to a revoked credential', () => {
  it('is "unauthorized, revoked" for credential_revoked and leaves the outbox unsent', async () => {
    const outcome = await syncOnce(store, link, {
      fetch: answering(() =>
        json({ error: SYNC_ERRORS.credentialRevoked, message: 'This device was removed.' }, 401),
      ),
    });
    expect(outcome).toEqual({
      kind: 'unauthorized',
      message: 'This device was removed.',
      revoked: true,
    });
    expect(store.markSent).not.toHaveBeenCalled();
  });

  it('is a plain "unauthorized" for any other 401', async () => {
    const outcome = await syncOnce(store, link, {
      fetch: answering(() => json({ error: SYNC_ERRORS.unauthorized }, 401)),
    });
    expect(outcome).toMatchObject({ kind: 'unauthorized', revoked: false });
  });

  it('reads out exactly what the issue asks for', () => {
    expect(describeSyncStatus({ kind: 'removed' }, 3)).toBe(
      'This device was removed from the team; join again with a new code',
    );
  });
});

describe('the removed mark on the plan row', () => {
  it('drops the credential, keeps the plan, and is cleared by joining again', async () => {
    const planId = 'removed-test';
    await putPlanRow({
      id: planId,
      createdAt: 1,
      updatedAt: 1,
      teamId: 't1',
      teamName: 'Kansas team',
      state: 'KS',
      credential: 'old',
      needsFullPush: false,
      title: 'kept',
    });
    await markRemovedFromTeam(planId);
    const removed = await getPlanRow(planId);
    expect(teamLinkOf(removed)).toBeUndefined();
    expect(wasRemovedFromTeam(removed)).toBe(true);
    expect(removed).toMatchObject({ id: planId, createdAt: 1, title: 'kept' });
    expect(removed?.credential).toBeUndefined();

    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({ teamId: 't1', state: 'KS', name: 'Kansas team', credential: 'new' }, 200),
      ),
    );
    const joined = await joinTeam('ABCDE23456', planId);
    expect(joined.ok).toBe(true);
    const row = await getPlanRow(planId);
    expect(wasRemovedFromTeam(row)).toBe(false);
    // The first sync after joining again pushes the whole plan, unsent changes included.
    expect(teamLinkOf(row)).toMatchObject({ credential: 'new', needsFullPush: true });
  });
});
