/**
 * Teams against the real endpoint: creating teams and codes, joining,
 * revoking codes, team isolation on sync and on the event stream, and
 * join-code guessing slowed to a halt while the real team still joins.
 */
import { describe, expect, it } from 'vitest';
import { endpointForFile } from '../../test/endpoint';
import { ORGANIZER_TOKEN, createTeam, joinTeam, joinedDevice } from '../../test/planSyncKit';
import * as Y from 'yjs';
import { JOIN_CODE_ALPHABET, PROTOCOL_VERSION, toBase64 } from '../../../src/wire/protocol';
import { addStep, addTaNeed } from '../../../src/domain/plan/edit';
import type { TeamSummary } from '../../../src/wire/protocol';

// TRUST_PROXY lets the test speak from several source addresses.
const endpoint = endpointForFile({ env: { TRUST_PROXY: '1' } });

const from = (ip: string) => ({ 'x-forwarded-for': ip });
const organizer = {
  authorization: `Bearer ${ORGANIZER_TOKEN}`,
  'content-type': 'application/json',
};

async function readEvents(url: string, ms: number): Promise<string> {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal });
  let text = '';
  const reader = res.body!.getReader();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
  } catch {
    // aborted: the time is up
  } finally {
    clearTimeout(timer);
  }
  return text;
}

describe('teams', () => {
  it('creates teams with unguessable codes and refuses non-organizers', async () => {
    const denied = await fetch(`${endpoint.server.url}/api/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'VA' }),
    });
    expect(denied.status).toBe(401);
    const res = await fetch(`${endpoint.server.url}/api/teams`, {
      method: 'POST',
      headers: organizer,
      body: JSON.stringify({ teams: [{ state: 'Ohio' }, { state: 'tx', name: 'Texas DFPS' }] }),
    });
    expect(res.status).toBe(201);
    const { teams } = (await res.json()) as { teams: { state: string; joinCode: string }[] };
    expect(teams.map((t) => t.state)).toEqual(['OH', 'TX']);
    for (const t of teams) {
      expect(t.joinCode).toHaveLength(10);
      for (const ch of t.joinCode) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
    const bad = await fetch(`${endpoint.server.url}/api/teams`, {
      method: 'POST',
      headers: organizer,
      body: JSON.stringify({ state: 'Atlantis' }),
    });
    expect(bad.status).toBe(400);
  });

  it('a revoked or replaced join code no longer joins; the new one does', async () => {
    const team = await createTeam(endpoint.server.url, 'MD');
    const reset = await fetch(`${endpoint.server.url}/api/teams/${team.id}/code`, {
      method: 'POST',
      headers: organizer,
    });
    const { joinCode } = (await reset.json()) as { joinCode: string };
    expect((await joinTeam(endpoint.server.url, team.joinCode, from('10.1.0.1'))).status).toBe(401);
    expect(
      (await joinTeam(endpoint.server.url, joinCode.toLowerCase(), from('10.1.0.1'))).status,
    ).toBe(200);
    await fetch(`${endpoint.server.url}/api/teams/${team.id}/code`, {
      method: 'DELETE',
      headers: organizer,
    });
    expect((await joinTeam(endpoint.server.url, joinCode, from('10.1.0.1'))).status).toBe(401);
  });

  it("team A's credential cannot read or write team B's plan, on sync or events", async () => {
    const teamA = await createTeam(endpoint.server.url, 'NY');
    const teamB = await createTeam(endpoint.server.url, 'NJ');
    const a = await joinedDevice(endpoint.server.url, teamA.joinCode, 'A');
    const b = await joinedDevice(endpoint.server.url, teamB.joinCode, 'B');
    b.typeNotes('secret-of-B ');
    await b.syncAll();
    // A aims its credential at B's plan.
    const res = await fetch(`${endpoint.server.url}/api/plans/${b.link.teamId}/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.link.credential}`, 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: 1, stateVector: 'AA==', update: 'AAA=' }),
    });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('secret-of-B');
    const unknown = await fetch(`${endpoint.server.url}/api/plans/t_nosuchteam/sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.link.credential}`, 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: 1, stateVector: 'AA==' }),
    });
    expect(unknown.status).toBe(404);
    // Events: A's stream hears A's plan moving (a teammate's sync; a
    // device's own syncs are not echoed to it) and nothing about B.
    const a2 = await joinedDevice(endpoint.server.url, teamA.joinCode, 'A2');
    const ticketRes = await fetch(`${endpoint.server.url}/api/events/ticket`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.link.credential}` },
    });
    const { ticket } = (await ticketRes.json()) as { ticket: string };
    const streamA = readEvents(`${endpoint.server.url}/api/events?ticket=${ticket}`, 1500);
    await new Promise((r) => setTimeout(r, 300));
    b.typeNotes('more-of-B ');
    await b.syncAll();
    a2.typeNotes('from-A ');
    await a2.syncAll();
    const text = await streamA;
    expect(text).toContain(`"teamId":"${a.link.teamId}"`);
    expect(text).not.toContain(b.link.teamId);
    expect(text).not.toContain('secret-of-B');
    // B's stored plan is unchanged by A.
    expect(b.notes()).not.toContain('from-A');
  });

  it('join-code guessing is slowed to a halt while the real team still joins', async () => {
    const team = await createTeam(endpoint.server.url, 'CA');
    const guesses: number[] = [];
    let retryAfter = 0;
    for (let i = 0; i < 30; i++) {
      const res = await joinTeam(
        endpoint.server.url,
        `2345678${String(100 + i)}`.slice(0, 10),
        from('203.0.113.9'),
      );
      guesses.push(res.status);
      if (res.status === 429) retryAfter = Number(res.headers.get('retry-after'));
    }
    // 5 free failures, then every attempt from that source is refused...
    expect(guesses.filter((s) => s === 401).length).toBeLessThanOrEqual(6);
    expect(guesses.slice(-20).every((s) => s === 429)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    // ...even with the right code (otherwise the lock would leak the answer)...
    expect((await joinTeam(endpoint.server.url, team.joinCode, from('203.0.113.9'))).status).toBe(
      429,
    );
    // ...while the real team, elsewhere, joins at once.
    const real = await joinTeam(endpoint.server.url, team.joinCode, from('198.51.100.7'));
    expect(real.status).toBe(200);
    // A guesser spread over many addresses: past the global budget every answer slows down.
    const started = Date.now();
    for (let i = 0; i < 80; i++)
      await joinTeam(
        endpoint.server.url,
        'ZZZZZZZZZZ'.slice(0, 9) + JOIN_CODE_ALPHABET[i % 31],
        from(`192.0.2.${i}`),
      );
    const spread = Date.now() - started;
    const t0 = Date.now();
    const stillJoins = await joinTeam(endpoint.server.url, team.joinCode, from('198.51.100.8'));
    expect(stillJoins.status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThan(90); // tarpitted, not refused
    expect(spread).toBeGreaterThan(200);
  });

  it('the organizer sees teams with last sync, plan size, steps by status and TA needs', async () => {
    const team = await createTeam(endpoint.server.url, 'WA');
    const a = await joinedDevice(endpoint.server.url, team.joinCode, 'A');
    const goal = a.plan().goals[0]!.id;
    addStep(a.doc, goal, { text: 'Screen on entry', status: 'done' });
    addStep(a.doc, goal, { text: 'Train staff', status: 'in-progress' });
    addStep(a.doc, goal, { text: 'Data sharing agreement', status: 'in-progress' });
    addTaNeed(a.doc, { topic: 'Screening tools', priority: 'high' });
    await a.syncAll();
    const res = await fetch(`${endpoint.server.url}/api/teams`, { headers: organizer });
    const { teams } = (await res.json()) as { teams: TeamSummary[] };
    const mine = teams.find((t) => t.id === team.id)!;
    expect(mine.lastSyncAt).toBeGreaterThan(0);
    expect(mine.planBytes).toBeGreaterThan(0);
    expect(mine.stepsByStatus['done']).toBe(1);
    expect(mine.stepsByStatus['in-progress']).toBe(2);
    expect(mine.taNeedCount).toBe(1);
  });

  it("leaving a team revokes only that device's credential", async () => {
    const team = await createTeam(endpoint.server.url, 'OR');
    const a = await joinedDevice(endpoint.server.url, team.joinCode, 'A');
    const b = await joinedDevice(endpoint.server.url, team.joinCode, 'B');
    expect((await a.sync()).kind).toBe('synced');
    const leave = await fetch(`${endpoint.server.url}/api/teams/credential`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${a.link.credential}` },
    });
    expect(leave.status).toBeLessThan(300);
    const res = await fetch(`${endpoint.server.url}/api/plans/${team.id}/sync`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${a.link.credential}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        protocol: PROTOCOL_VERSION,
        stateVector: toBase64(Y.encodeStateVector(new Y.Doc())),
      }),
    });
    expect(res.status).toBe(401);
    expect((await b.sync()).kind).toBe('synced');
  });
});
