/**
 * 1,000 malformed, oversized or mistyped sync requests: every answer is a
 * 4xx, the endpoint stays up, and the stored plan is byte-for-byte unchanged.
 */
import { describe, expect, it } from 'vitest';
import { endpointForFile } from '../../test/endpoint';
import * as Y from 'yjs';
import { toBase64 } from '../../../src/wire/protocol';
import { createTeam, joinedDevice, rng, serverPlan } from '../../test/planSyncKit';

// The bodies come from one device as fast as it can: the sync rate limit is not what is tested here.
const endpoint = endpointForFile({ env: { SYNC_RATE_PER_SEC: '1000000' } });

function badBodies(random: () => number, validSv: string): { body: string; type?: string }[] {
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  // A plan part of the wrong type: 'goals' as text breaks the plan schema.
  const wrongType = new Y.Doc();
  wrongType.getText('goals').insert(0, 'not a list');
  // A plan with an unknown top-level part.
  const extraRoot = new Y.Doc();
  extraRoot.getMap('evil').set('x', 1);
  const makers: (() => { body: string; type?: string })[] = [
    () => ({ body: '{"protocol":1,' }),
    () => ({ body: 'null' }),
    () => ({ body: '[]' }),
    () => ({ body: '"text"' }),
    () => ({ body: JSON.stringify({ protocol: '1', stateVector: validSv }) }),
    () => ({ body: JSON.stringify({ protocol: 1 }) }),
    () => ({ body: JSON.stringify({ protocol: 1, stateVector: 42 }) }),
    () => ({ body: JSON.stringify({ protocol: 1, stateVector: validSv, update: 'not base64!' }) }),
    () => ({ body: JSON.stringify({ protocol: 1, stateVector: validSv, extra: true }) }),
    () => ({
      body: JSON.stringify({
        protocol: 1,
        stateVector: toBase64(Uint8Array.of(5, 1, ...bytes(3))),
      }),
    }),
    () => ({
      body: JSON.stringify({
        protocol: 1,
        stateVector: validSv,
        update: toBase64(Uint8Array.of(255, 255, 255, 255, ...bytes(30))),
      }),
    }),
    () => ({
      body: JSON.stringify({
        protocol: 1,
        stateVector: validSv,
        update: toBase64(Y.encodeStateAsUpdate(wrongType)),
      }),
    }),
    () => ({
      body: JSON.stringify({
        protocol: 1,
        stateVector: validSv,
        update: toBase64(Y.encodeStateAsUpdate(extraRoot)),
      }),
    }),
    () => ({
      body: JSON.stringify({ protocol: 1, stateVector: validSv, update: 'A'.repeat(1_500_000) }),
    }),
    () => ({ body: JSON.stringify({ protocol: 1, stateVector: validSv }), type: 'text/plain' }),
    () => ({ body: JSON.stringify({ protocol: 0, stateVector: validSv }) }),
    () => ({ body: JSON.stringify({ protocol: 99, stateVector: validSv }) }),
    () => ({
      body: JSON.stringify({ protocol: 1, stateVector: validSv, clientId: 'x'.repeat(500) }),
    }),
  ];
  return Array.from({ length: 1000 }, (_, i) => makers[i % makers.length]!());
}

describe('malformed sync requests', () => {
  it('1,000 malformed, oversized or mistyped bodies: only 4xx, endpoint up, plan unchanged', async () => {
    const team = await createTeam(endpoint.server.url);
    const a = await joinedDevice(endpoint.server.url, team.joinCode, 'A');
    a.typeNotes('keep me ');
    await a.syncAll();
    const before = Y.encodeStateAsUpdate(await serverPlan(a));
    const sv = toBase64(Y.encodeStateVector(a.doc));
    const statuses = new Map<number, number>();
    for (const { body, type } of badBodies(rng(11), sv)) {
      const res = await fetch(`${endpoint.server.url}/api/plans/${a.link.teamId}/sync`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${a.link.credential}`,
          'content-type': type ?? 'application/json',
        },
        body,
      });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, body.slice(0, 120)).toBeGreaterThanOrEqual(400);
      expect(res.status, body.slice(0, 120)).toBeLessThan(500);
    }
    console.log(`[malformed] statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect((await fetch(`${endpoint.server.url}/healthz`)).status).toBe(200);
    const after = Y.encodeStateAsUpdate(await serverPlan(a));
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
  });
});
