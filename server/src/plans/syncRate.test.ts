/**
 * Issue 11, D3, against the real endpoint: each device credential has a
 * sync rate (here SYNC_RATE_PER_SEC=2, bursts of 6). Beyond it: 429 with
 * Retry-After, which the device's backoff honours; a teammate's credential
 * is not affected.
 */
import { describe, expect, it } from 'vitest';
import { endpointForFile } from '../../test/endpoint';
import { createTeam, joinedDevice } from '../../test/planSyncKit';

const endpoint = endpointForFile({ env: { SYNC_RATE_PER_SEC: '2' } });

describe('sync rate per credential', () => {
  it('a device looping on sync gets 429 with Retry-After; its teammate still syncs', async () => {
    const team = await createTeam(endpoint.server.url);
    const loud = await joinedDevice(endpoint.server.url, team.joinCode, 'loud');
    const quiet = await joinedDevice(endpoint.server.url, team.joinCode, 'quiet');
    const outcomes = [];
    for (let i = 0; i < 10; i++) outcomes.push(await loud.sync());
    const limited = outcomes.filter((o) => o.kind === 'failed');
    expect(outcomes.filter((o) => o.kind === 'synced').length).toBeGreaterThanOrEqual(6);
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]).toMatchObject({ kind: 'failed', status: 429 });
    expect(limited[0]!.kind === 'failed' && limited[0]!.retryAfterMs).toBeGreaterThanOrEqual(1000);
    expect((await quiet.sync()).kind).toBe('synced');
  });
});
