/**
 * Event-stream caps on the real endpoint (issue 11, D4): with a small
 * SSE_MAX_CONNECTIONS, anonymous streams from one address stop at their
 * per-address share, anonymous streams in all stop short of the slots kept
 * for teams, every refusal says when to retry, and a ticketed team stream
 * still opens.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { endpointForFile, startTestServer } from '../../test/endpoint';
import { createTeam, joinedDevice } from '../../test/planSyncKit';

const endpoint = endpointForFile({
  env: {
    SSE_MAX_CONNECTIONS: '8',
    SSE_TEAM_RESERVED: '2',
    SSE_MAX_PER_ADDRESS: '3',
    // Lets the test speak from several addresses.
    TRUST_PROXY: '1',
  },
});

const open = new AbortController();
afterAll(() => open.abort());

/** Opens a stream and keeps it open until the end of the file. */
async function stream(headers: Record<string, string> = {}, query = ''): Promise<Response> {
  const res = await fetch(`${endpoint.server.url}/api/events${query}`, {
    headers,
    signal: open.signal,
  });
  if (res.status !== 200) await res.text();
  return res;
}
const from = (ip: string) => ({ 'x-forwarded-for': ip });

async function teamTicket(state: string): Promise<string> {
  const team = await createTeam(endpoint.server.url, state);
  const device = await joinedDevice(endpoint.server.url, team.joinCode, state);
  const res = await fetch(`${endpoint.server.url}/api/events/ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${device.link.credential}` },
  });
  return `?ticket=${encodeURIComponent(((await res.json()) as { ticket: string }).ticket)}`;
}

describe('event-stream caps', () => {
  it('one address fills only its share; anonymous streams leave the team slots free', async () => {
    for (let i = 0; i < 3; i++) expect((await stream(from('10.0.0.1'))).status).toBe(200);
    const fourth = await stream(from('10.0.0.1'));
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);

    // Another address takes the rest of the anonymous share (8 - 2 reserved = 6) …
    for (let i = 0; i < 3; i++) expect((await stream(from('10.0.0.2'))).status).toBe(200);
    const busy = await stream(from('10.0.0.3'));
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);

    // … and ticketed team streams still open in the reserved slots.
    expect((await stream({}, await teamTicket('CO'))).status).toBe(200);
    expect((await stream({}, await teamTicket('UT'))).status).toBe(200);
    const full = await stream({}, await teamTicket('AZ'));
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).not.toBeNull();
  });
});

describe('the issue 11 reproduction, scaled down: one address and only SSE_MAX_CONNECTIONS set', () => {
  // SSE_MAX_CONNECTIONS=10 reserves a fifth (2) for teams by default.
  const small = endpointForFile({ env: { SSE_MAX_CONNECTIONS: '10' } });
  const held = new AbortController();
  afterAll(() => held.abort());
  const get = (query = '') =>
    fetch(`${small.server.url}/api/events${query}`, { signal: held.signal });

  it('anonymous streams from one address stop short of the reserve; a team stream opens', async () => {
    for (let i = 0; i < 8; i++) expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: 'busy', retryAfter: expect.any(Number) });

    const team = await createTeam(small.server.url, 'NV');
    const device = await joinedDevice(small.server.url, team.joinCode, 'NV');
    const ticket = await fetch(`${small.server.url}/api/events/ticket`, {
      method: 'POST',
      headers: { authorization: `Bearer ${device.link.credential}` },
    });
    const { ticket: t } = (await ticket.json()) as { ticket: string };
    expect((await get(`?ticket=${encodeURIComponent(t)}`)).status).toBe(200);
  });
});

describe('without TRUST_PROXY', () => {
  it('a forged X-Forwarded-For does not buy another share', async () => {
    const srv = await startTestServer({ limits: { sseMaxPerAddress: 2 } });
    const controller = new AbortController();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${srv.url}/api/events`, {
          headers: from(`192.0.2.${i}`),
          signal: controller.signal,
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      controller.abort();
      await srv.cleanup();
    }
  });
});
