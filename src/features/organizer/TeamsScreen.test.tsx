// The teams screen's "Remove devices" (issue 11, D5): asks first, calls
// DELETE /api/teams/:id/credentials only when confirmed, says how many devices
// were removed, and keeps focus on the button pressed.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamSummary } from '../../wire/protocol';
import { TeamsScreen } from './TeamsScreen';
import { dismissCodes } from './shownCodes';
import { currentAnnouncement, subscribeAnnouncements } from '../../app/announce/announcer';

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

/** The join-code panel (by its heading: role queries are slow here, see row()). */
async function codesPanel() {
  const h = await screen.findByText('Join codes', { selector: 'h2' });
  return h.closest('section')!;
}
const noPanel = () => screen.queryByText('Join codes', { selector: 'h2' });

describe('join codes (issue 15)', () => {
  beforeEach(() => {
    vi.mocked(fetch).mockImplementation(async (url, init = {}) => {
      const call = `${init.method ?? 'GET'} ${String(url)}`;
      calls.push(call);
      if (call === 'POST /api/teams/t_ks/code') return json({ id: 't_ks', joinCode: 'ABCDE23456' });
      return json({ teams: [TEAM] });
    });
  });
  afterEach(() => act(() => dismissCodes()));

  it('"New code" asks first, like Revoke, and makes nothing when declined', async () => {
    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    render(<TeamsScreen />);
    const button = (await row()).getByRole('button', { name: NEW_CODE });
    await userEvent.click(button);
    expect(confirm).toHaveBeenCalledWith(
      'Make a new join code for Kansas team? The current code stops working at once. ' +
        'Devices already joined keep working.',
    );
    expect(calls).not.toContain('POST /api/teams/t_ks/code');
    expect(button).toHaveFocus();

    await userEvent.click(button);
    expect(calls).toContain('POST /api/teams/t_ks/code');
    expect(await codesPanel()).toHaveTextContent('ABCDE-23456');
  });

  it('the codes stay after the screen is left and opened again, until hidden (which asks)', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const first = render(<TeamsScreen />);
    await userEvent.click((await row()).getByRole('button', { name: NEW_CODE }));
    await codesPanel();
    first.unmount(); // another organizer tab

    render(<TeamsScreen />);
    const panel = await codesPanel();
    expect(panel).toHaveTextContent('ABCDE-23456');

    confirm.mockReturnValueOnce(false);
    await userEvent.click(within(panel).getByRole('button', { name: 'Hide code' }));
    expect(noPanel()).not.toBeNull();
    await userEvent.click(within(panel).getByRole('button', { name: 'Hide code' }));
    expect(confirm).toHaveBeenLastCalledWith(
      'Hide the join code? It cannot be shown again (a new code can be made later).',
    );
    expect(noPanel()).toBeNull();
  });

  it('Copy puts every code on the clipboard and says so', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const heard: string[] = [];
    const stop = subscribeAnnouncements(() => heard.push(currentAnnouncement().text));
    render(<TeamsScreen />);
    await userEvent.click((await row()).getByRole('button', { name: NEW_CODE }));
    const panel = await codesPanel();
    await userEvent.click(within(panel).getByRole('button', { name: 'Copy code' }));
    expect(writeText).toHaveBeenCalledWith('Kansas team: ABCDE-23456');
    expect(panel).toHaveTextContent('Copied the join code to the clipboard.');
    expect(heard).toContain('Copied the join code to the clipboard.');
    stop();
  });
});
