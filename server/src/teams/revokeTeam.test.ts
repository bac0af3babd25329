/**
 * DELETE /api/teams/:id/credentials against the real endpoint (issue 11, D5):
 * only the organizer may call it; it revokes every device credential of that
 * team, with their tickets and open event streams, and nothing of any other
 * team; a credential issued with an old code stops syncing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_TOKEN, type TestServer } from '../../test/endpoint';
import { joinedDevice, type TestDevice } from '../../test/planSyncKit';
import { SYNC_ERRORS } from '../../../src/wire/protocol';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.cleanup());

const organizer = { authorization: `Bearer ${TEST_TOKEN}` };

async function createTeam(state: string): Promise<{ id: string; joinCode: string }> {
  const res = await fetch(`${srv.url}/api/teams`, {
    method: 'POST',
    headers: { ...organizer, 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  });
  return (await res.json()) as { id: string; joinCode: string };
}

function removeDevices(teamId: string, headers: Record<string, string> = organizer) {
  return fetch(`${srv.url}/api/teams/${teamId}/credentials`, { method: 'DELETE', headers });
}

async function ticketFor(device: TestDevice): Promise<Response> {
  return fetch(`${srv.url}/api/events/ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${device.link.credential}` },
  });
}

/** Opens a team event stream; `until` reads until a text shows up, `ended` when the endpoint ends it. */
async function openStream(ticket: string) {
  const res = await fetch(`${srv.url}/api/events?ticket=${encodeURIComponent(ticket)}`);
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  let text = '';
  let done = false;
  const until = async (wanted: string): Promise<boolean> => {
    while (!text.includes(wanted)) {
      const chunk = await reader.read();
      if (chunk.done) {
        done = true;
        return false;
      }
      text += new TextDecoder().decode(chunk.value);
    }
    return true;
  };
  expect(await until('event: hello')).toBe(true);
  return {
    until,
    /** Resolves true once the endpoint has ended the stream. */
    ended: async () => {
      while (!done) await until('never sent');
      return true;
    },
  };
}

describe('DELETE /api/teams/:id/credentials', () => {
  it('refuses callers without the organizer credential, a team credential included', async () => {
    const team = await createTeam('WY');
    const device = await joinedDevice(srv.url, team.joinCode, 'member');
    expect((await removeDevices(team.id, {})).status).toBe(401);
    const asMember = await removeDevices(team.id, {
      authorization: `Bearer ${device.link.credential}`,
    });
    expect(asMember.status).toBe(403);
    // Nothing was revoked by the refused calls.
    expect((await device.sync()).kind).toBe('synced');
    expect((await removeDevices('no-such-team')).status).toBe(404);
  });

  it("revokes every device of the team, old-code ones included, and no other team's", async () => {
    const team = await createTeam('NE');
    const other = await createTeam('IA');
    const oldCode = await joinedDevice(srv.url, team.joinCode, 'old-code');
    // The organizer rotates, then revokes the join code: the old-code device still syncs …
    const rotated = await fetch(`${srv.url}/api/teams/${team.id}/code`, {
      method: 'POST',
      headers: organizer,
    });
    const { joinCode } = (await rotated.json()) as { joinCode: string };
    const newCode = await joinedDevice(srv.url, joinCode, 'new-code');
    await fetch(`${srv.url}/api/teams/${team.id}/code`, { method: 'DELETE', headers: organizer });
    expect((await oldCode.sync()).kind).toBe('synced');
    const neighbour = await joinedDevice(srv.url, other.joinCode, 'neighbour');
    expect((await neighbour.sync()).kind).toBe('synced');

    // … until its team's devices are removed.
    const res = await removeDevices(team.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ id: team.id, revoked: 2 });

    for (const device of [oldCode, newCode]) {
      device.typeNotes('typed after removal');
      const outcome = await device.sync();
      expect(outcome).toMatchObject({ kind: 'unauthorized' });
      // The device keeps what it typed, unsent, for when it joins again.
      expect(device.unsentCount()).toBeGreaterThan(0);
      const raw = await fetch(`${srv.url}/api/events/ticket`, {
        method: 'POST',
        headers: { authorization: `Bearer ${device.link.credential}` },
      });
      expect(raw.status).toBe(401);
      expect(((await raw.json()) as { error: string }).error).toBe(SYNC_ERRORS.credentialRevoked);
    }
    // The other team is untouched.
    neighbour.typeNotes('still here');
    expect((await neighbour.sync()).kind).toBe('synced');
    expect((await ticketFor(neighbour)).status).toBe(200);
    // A second call has nothing left to revoke.
    expect(await (await removeDevices(team.id)).json()).toEqual({ id: team.id, revoked: 0 });
  });

  it('a ticket bought before the removal no longer opens a stream, and open streams end', async () => {
    const team = await createTeam('SD');
    const other = await createTeam('ND');
    const device = await joinedDevice(srv.url, team.joinCode, 'member');
    const neighbour = await joinedDevice(srv.url, other.joinCode, 'neighbour');
    const live = (await (await ticketFor(device)).json()) as { ticket: string };
    const unused = (await (await ticketFor(device)).json()) as { ticket: string };
    const neighbourTicket = (await (await ticketFor(neighbour)).json()) as { ticket: string };
    const stream = await openStream(live.ticket);
    const neighbourStream = await openStream(neighbourTicket.ticket);

    expect((await removeDevices(team.id)).status).toBe(200);
    // Its last word tells the device to sync now (and so learn it was removed).
    expect(await stream.until(`event: revoked\ndata: {"teamId":"${team.id}"}`)).toBe(true);
    expect(await stream.ended()).toBe(true);
    const late = await fetch(`${srv.url}/api/events?ticket=${encodeURIComponent(unused.ticket)}`);
    expect(late.status).toBe(401);
    expect(((await late.json()) as { error: string }).error).toBe(SYNC_ERRORS.credentialRevoked);

    // The neighbour's stream stays open: it still hears its own team's plan
    // move (by a teammate: a device's own syncs are not echoed to it).
    const teammate = await joinedDevice(srv.url, other.joinCode, 'teammate');
    teammate.typeNotes('still here');
    expect((await teammate.sync()).kind).toBe('synced');
    expect(await neighbourStream.until('event: plan')).toBe(true);
  });
});
