/**
 * Members' names against the real endpoint: given on joining, changed later,
 * shown to the member's own team only, never with the credential.
 */
import { describe, expect, it } from 'vitest';
import { endpointForFile } from '../../test/endpoint';
import { createTeam } from '../../test/planSyncKit';
import { membersResponseSchema, type Member } from '../../../src/wire/members';

const endpoint = endpointForFile();
const url = () => endpoint.server.url;

/** The join answer's fields these tests read (an error answer has none of them). */
type JoinAnswer = { credential: string; memberId: string; teamId: string } & Record<string, string>;

async function join(code: string, body: Record<string, unknown> = {}) {
  const res = await fetch(`${url()}/api/teams/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, ...body }),
  });
  return { status: res.status, body: (await res.json()) as JoinAnswer };
}

const auth = (credential: string) => ({
  authorization: `Bearer ${credential}`,
  'content-type': 'application/json',
});

async function members(teamId: string, credential: string) {
  const res = await fetch(`${url()}/api/plans/${teamId}/members`, { headers: auth(credential) });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('member names', () => {
  it('stores the name and role given on joining and shows them to the team', async () => {
    const team = await createTeam(url(), 'OR');
    const ana = await join(team.joinCode, { name: '  Ana Ruiz ', role: 'CIP judge' });
    const ben = await join(team.joinCode, { name: 'Ben Okafor' });
    const quiet = await join(team.joinCode);
    expect(ana.status).toBe(200);
    expect(ana.body.memberId).toMatch(/^[0-9a-f]{16}$/);

    const seen = await members(team.id, ben.body.credential);
    expect(seen.status).toBe(200);
    const parsed = membersResponseSchema.parse(seen.body);
    expect(parsed.you).toBe(ben.body.memberId);
    expect(parsed.members).toEqual<Member[]>([
      { id: ana.body.memberId, name: 'Ana Ruiz', role: 'CIP judge' },
      { id: ben.body.memberId, name: 'Ben Okafor', role: null },
      { id: quiet.body.memberId, name: null, role: null },
    ]);
    // The answer carries public ids only: no credential or its hash.
    const text = JSON.stringify(seen.body);
    for (const m of [ana, ben, quiet]) expect(text).not.toContain(m.body.credential);
  });

  it('lets a member change the name later, and refuses a bad one clearly', async () => {
    const team = await createTeam(url(), 'WA');
    const ana = await join(team.joinCode, { name: 'Ana' });
    const put = (body: unknown) =>
      fetch(`${url()}/api/plans/${team.id}/members/me`, {
        method: 'PUT',
        headers: auth(ana.body.credential),
        body: JSON.stringify(body),
      });
    const renamed = await put({ name: 'Ana Ruiz', role: 'Child welfare director' });
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toEqual({
      id: ana.body.memberId,
      name: 'Ana Ruiz',
      role: 'Child welfare director',
    });
    for (const bad of [{ name: '' }, { name: 'x'.repeat(61) }, { nom: 'Ana' }, 'Ana']) {
      const res = await put(bad);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/name/);
    }
    const now = membersResponseSchema.parse((await members(team.id, ana.body.credential)).body);
    expect(now.members[0]!.name).toBe('Ana Ruiz');
  });

  it('never shows one team the names of another, nor without a credential', async () => {
    const a = await createTeam(url(), 'ID');
    const b = await createTeam(url(), 'MT');
    const inA = await join(a.joinCode, { name: 'Ana' });
    await join(b.joinCode, { name: 'Secret Name' });
    const cross = await members(b.id, inA.body.credential);
    expect(cross.status).toBe(403);
    expect(JSON.stringify(cross.body)).not.toContain('Secret Name');
    const none = await fetch(`${url()}/api/plans/${b.id}/members`);
    expect(none.status).toBe(401);
    const rename = await fetch(`${url()}/api/plans/${b.id}/members/me`, {
      method: 'PUT',
      headers: auth(inA.body.credential),
      body: JSON.stringify({ name: 'Hijack' }),
    });
    expect(rename.status).toBe(403);
  });

  it('refuses a join whose name is too long, without spending the code', async () => {
    const team = await createTeam(url(), 'NV');
    const bad = await join(team.joinCode, { name: 'x'.repeat(61) });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/name/);
    expect((await join(team.joinCode, { name: 'Ana' })).status).toBe(200);
  });
});
