// The teams screen's "Remove devices" (issue 11, D5): asks first, calls
// DELETE /api/teams/:id/credentials only when confirmed, says how many devices
// were removed, and keeps focus on the button pressed.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { TeamSummary } from '../../wire/protocol';
import { TeamsScreen } from './TeamsScreen';

const TEAM: TeamSummary = {
  id: 't_ks',
  state: 'KS',
  name: 'Kansas team',
  createdAt: 0,
  hasJoinCode: true,
  lastSyncAt: null,
  planBytes: 0,
  stepsByStatus: {},
  taNeedCount: 0,
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
let calls: string[];
// jsdom drops the space before the visually hidden part of the name; browsers keep it.
const REMOVE = /^Remove devices ?of Kansas team$/;
const REVOKE = /^Revoke ?code of Kansas team$/;
const NEW_CODE = /^New code ?for Kansas team$/;

/** The team's row (role queries over the whole screen, with its 56 State boxes, are slow in jsdom). */
async function row() {
  const cell = await screen.findByText('Kansas team', { selector: 'th' });
  return within(cell.closest('tr')!);
}

beforeEach(() => {
  sessionStorage.setItem('convening.organizerToken', 'token');
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const call = `${init.method ?? 'GET'} ${url}`;
      calls.push(call);
      if (call === 'GET /api/teams') return json({ teams: [TEAM] });
      if (call === 'DELETE /api/teams/t_ks/credentials') return json({ id: 't_ks', revoked: 3 });
      return json({ error: 'not_found' }, 404);
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
});

it('removes every device of a team only after confirming, then says how many', async () => {
  const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
  render(<TeamsScreen />);
  const button = (await row()).getByRole('button', { name: REMOVE });

  await userEvent.click(button);
  expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Remove every device from Kansas/));
  expect(calls).not.toContain('DELETE /api/teams/t_ks/credentials');
  expect(button).toHaveFocus();

  await userEvent.click(button);
  expect(await screen.findByText(/^Removed 3 devices/)).toHaveTextContent(
    'Removed 3 devices from Kansas team. Make a new code for the people who should join again.',
  );
  expect(calls).toContain('DELETE /api/teams/t_ks/credentials');
  expect((await row()).getByRole('button', { name: REMOVE })).toHaveFocus();
});

it('keeps focus in the row when revoking the join code removes the Revoke button', async () => {
  vi.spyOn(window, 'confirm').mockReturnValue(true);
  let revoked = false;
  vi.mocked(fetch).mockImplementation(async (url, init = {}) => {
    const call = `${init.method ?? 'GET'} ${String(url)}`;
    if (call === 'DELETE /api/teams/t_ks/code') {
      revoked = true;
      return new Response(null, { status: 204 });
    }
    return json({ teams: [{ ...TEAM, hasJoinCode: !revoked }] });
  });
  render(<TeamsScreen />);
  await userEvent.click((await row()).getByRole('button', { name: REVOKE }));
  await screen.findByText('Revoked');
  const after = await row();
  expect(after.queryByRole('button', { name: REVOKE })).toBeNull();
  expect(after.getByRole('button', { name: NEW_CODE })).toHaveFocus();
});
