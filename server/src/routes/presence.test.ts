/**
 * Presence (issue 13, item 2) against the real endpoint with an injected
 * clock: a member's focused field reaches the team's other streams with the
 * public member id and name (never a credential or its hash), not the
 * member's own stream, never another team's; it goes when the screen leaves
 * and once its time to live passes without a heartbeat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/endpoint';
import { ORGANIZER_TOKEN, createTeam, joinedDevice, type TestDevice } from '../../test/planSyncKit';
import { openTeamStream, type SseEvent, type SseReader } from '../../test/sseReader';
import { sha256Hex } from '../auth/bearer';
import { PRESENCE_TTL_MS, presenceEventSchema } from '../../../src/wire/presence';

let srv: TestServer;
let clock = Date.UTC(2015, 5, 10, 14, 0);
beforeAll(async () => {
  srv = await startTestServer({ organizerToken: ORGANIZER_TOKEN, now: () => new Date(clock) });
});
afterAll(() => srv.cleanup());

const isPresence = (e: SseEvent) => e.event === 'presence';
const present = (e: SseEvent) => presenceEventSchema.parse(JSON.parse(e.data)).present;

function post(device: TestDevice, body: unknown, teamId = device.link.teamId) {
  return fetch(`${srv.url}/api/plans/${teamId}/presence`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${device.link.credential}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
}

async function named(code: string, name: string): Promise<TestDevice> {
  const d = await joinedDevice(srv.url, code, name);
  const res = await fetch(`${srv.url}/api/plans/${d.link.teamId}/members/me`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${d.link.credential}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBe(200);
  return d;
}

/** Waits for the next presence event after what the stream has heard so far. */
function nextPresence(s: SseReader) {
  return s.next(isPresence, s.events.length);
}

describe('POST /api/plans/:teamId/presence', () => {
  it("shows a member's field to the team's other devices, by public id and name only", async () => {
    const teamA = await createTeam(srv.url, 'MD');
    const teamB = await createTeam(srv.url, 'DE');
    const ana = await named(teamA.joinCode, 'Ana Ruiz');
    const ben = await named(teamA.joinCode, 'Ben Okafor');
    const cy = await named(teamB.joinCode, 'Cy Other-Team');
    const dee = await named(teamB.joinCode, 'Dee Other-Team');
    const sBen = await openTeamStream(srv.url, ben.link.credential);
    const sAna = await openTeamStream(srv.url, ana.link.credential);
    const sCy = await openTeamStream(srv.url, cy.link.credential);

    const heard = nextPresence(sBen);
    expect((await post(ana, { session: 'ana-tab-1', field: 'plan-title' })).status).toBe(204);
    const list = present(await heard);
    expect(list).toEqual([
      {
        memberId: expect.any(String),
        name: 'Ana Ruiz',
        role: null,
        field: 'plan-title',
        expiresInMs: PRESENCE_TTL_MS,
      },
    ]);
    const raw = sBen.events
      .filter(isPresence)
      .map((e) => e.data)
      .join('\n');
    expect(raw).not.toContain(sha256Hex(ana.link.credential));
    expect(raw).not.toContain(ana.link.credential);

    // Ana's own stream never lists Ana.
    await post(ben, { session: 'ben-tab-1', field: null });
    const forAna = present(await sAna.next((e) => isPresence(e) && present(e).length > 0));
    expect(forAna.map((p) => p.name)).toEqual(['Ben Okafor']);

    // Team B hears its own member, and nothing of team A, ever.
    const forCy = nextPresence(sCy);
    await post(dee, { session: 'dee-tab-1', field: 'plan-notes' });
    expect(present(await forCy).map((p) => p.name)).toEqual(['Dee Other-Team']);
    const cyRaw = sCy.events.map((e) => e.data).join('\n');
    expect(cyRaw).not.toContain('Ana Ruiz');
    expect(cyRaw).not.toContain('Ben Okafor');
    expect(cyRaw).not.toContain('plan-title');

    // Ana leaves: Ben's next list has no Ana.
    const afterLeave = nextPresence(sBen);
    await post(ana, { session: 'ana-tab-1', field: null, leave: true });
    expect(present(await afterLeave)).toEqual([]);
    for (const s of [sBen, sAna, sCy]) s.close();
  });

  it('forgets a member whose heartbeats stop, within the time to live', async () => {
    const team = await createTeam(srv.url, 'PA');
    const ana = await named(team.joinCode, 'Ana Quiet');
    const ben = await named(team.joinCode, 'Ben Stays');
    const cy = await named(team.joinCode, 'Cy Watches');
    const sCy = await openTeamStream(srv.url, cy.link.credential);
    let heard = nextPresence(sCy);
    await post(ana, { session: 'ana-tab-1', field: 'plan-title' });
    expect(present(await heard).map((p) => p.name)).toEqual(['Ana Quiet']);

    // Ana goes offline: no more heartbeats. Ben keeps his.
    clock += PRESENCE_TTL_MS - 1_000;
    heard = nextPresence(sCy);
    await post(ben, { session: 'ben-tab-1', field: null });
    expect(present(await heard).map((p) => p.name)).toEqual(['Ana Quiet', 'Ben Stays']);
    clock += 2_000;
    heard = nextPresence(sCy);
    await post(ben, { session: 'ben-tab-1', field: 'plan-notes' });
    expect(present(await heard).map((p) => p.name)).toEqual(['Ben Stays']);
    // A stream opened now starts with the same list.
    const sLate = await openTeamStream(srv.url, ana.link.credential);
    const first = present(await sLate.next(isPresence));
    expect(first.map((p) => [p.name, p.field])).toEqual([['Ben Stays', 'plan-notes']]);
    for (const s of [sCy, sLate]) s.close();
  });

  it('refuses bad input and other teams with clear errors', async () => {
    const teamA = await createTeam(srv.url, 'NC');
    const teamB = await createTeam(srv.url, 'SC');
    const ana = await named(teamA.joinCode, 'Ana');
    const cy = await named(teamB.joinCode, 'Cy');
    expect((await post(ana, { session: 'ana-tab-1', field: 'bad field!' })).status).toBe(400);
    expect((await post(ana, { session: 'x', field: null })).status).toBe(400);
    expect((await post(ana, 'not an object')).status).toBe(400);
    const other = await post(ana, { session: 'ana-tab-1', field: null }, cy.link.teamId);
    expect(other.status).toBe(403);
    const anonymous = await fetch(`${srv.url}/api/plans/${ana.link.teamId}/presence`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ session: 'ana-tab-1', field: null }),
    });
    expect(anonymous.status).toBe(401);
  });
});
