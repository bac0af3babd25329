/**
 * Member names on the device (issue 13 item 1): the join sends the name and
 * role and keeps them on the plan row (so they show offline), a rename goes
 * to the endpoint first and only then to the row, and leaving forgets them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPlanRow, putPlanRow } from '../db/plans';
import { joinTeam, leaveTeam, teamLinkOf } from './teams';
import { renameMember } from './members';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

const joined = { teamId: 't1', state: 'KS', name: 'Kansas team', credential: 'c1', memberId: 'm1' };

describe('member names on the device', () => {
  it('sends the name and role on joining and keeps them with the team link', async () => {
    const planId = 'names-join';
    await putPlanRow({ id: planId, createdAt: 1, updatedAt: 1 });
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => json(joined));
    vi.stubGlobal('fetch', fetchMock);
    const result = await joinTeam(' abcde-23456 ', planId, {
      name: ' Ana Ruiz ',
      role: 'CIP judge',
    });
    expect(result.ok).toBe(true);
    const sent = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body)) as unknown;
    expect(sent).toEqual({ code: 'ABCDE23456', name: 'Ana Ruiz', role: 'CIP judge' });
    expect(teamLinkOf(await getPlanRow(planId))).toMatchObject({
      memberId: 'm1',
      memberName: 'Ana Ruiz',
      memberRole: 'CIP judge',
    });
  });

  it('asks for a name before calling the endpoint', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const result = await joinTeam('ABCDE23456', 'names-empty', { name: '   ' });
    expect(result).toEqual({ ok: false, message: 'Type your name as your colleagues know it.' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('renames on the endpoint, then on the device; offline it says a connection is needed', async () => {
    const planId = 'names-rename';
    await putPlanRow({ id: planId, createdAt: 1, updatedAt: 1 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(joined)),
    );
    await joinTeam('ABCDE23456', planId, { name: 'Ana' });
    const link = teamLinkOf(await getPlanRow(planId))!;

    const put = vi.fn(async (_url: string, _init?: RequestInit) =>
      json({ id: 'm1', name: 'Ana Ruiz', role: null }),
    );
    vi.stubGlobal('fetch', put);
    expect(await renameMember(link, { name: 'Ana Ruiz', role: '' }, planId)).toEqual({ ok: true });
    expect(put.mock.calls[0]?.[0]).toBe('/api/plans/t1/members/me');
    expect(put.mock.calls[0]?.[1]?.method).toBe('PUT');
    expect(teamLinkOf(await getPlanRow(planId))).toMatchObject({ memberName: 'Ana Ruiz' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const offline = await renameMember(link, { name: 'Someone else' }, planId);
    expect(offline.ok).toBe(false);
    expect(offline.ok === false && offline.message).toMatch(/needs a connection/);
    // Nothing changed on the device: the endpoint never heard of it.
    expect(teamLinkOf(await getPlanRow(planId))?.memberName).toBe('Ana Ruiz');

    await leaveTeam(planId);
    const left = await getPlanRow(planId);
    expect(left?.memberName).toBeUndefined();
    expect(left?.memberId).toBeUndefined();
  });
});
