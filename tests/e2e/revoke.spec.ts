/**
 * An organizer removes a team's devices: the member's device keeps its
 * plan, says it was removed and offers the join form; a new code brings it
 * back and what it typed meanwhile reaches the team.
 */
import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { PROTOCOL_VERSION, fromBase64, toBase64 } from '../../src/wire/protocol';
import { ORGANIZER_TOKEN } from './server';
import { serverForFile } from './serverForFile';
import { joinInPage } from './team';

const server = serverForFile();

const organizer = { authorization: `Bearer ${ORGANIZER_TOKEN}` };

test('a removed device keeps its plan, says so, and joins again with a new code', async ({
  page,
}) => {
  const created = await fetch(`${server.url}/api/teams`, {
    method: 'POST',
    headers: { ...organizer, 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'KS' }),
  });
  const team = (await created.json()) as { id: string; joinCode: string };
  await page.goto(`${server.url}/plan`);
  await joinInPage(page, team.joinCode);
  const status = page.getByTestId('sync-status');
  await expect(status).toContainText('Synced with team', { timeout: 15_000 });
  const notes = page.getByLabel('Notes for the team');
  await notes.click();
  await notes.pressSequentially('Before removal. ');
  await expect(status).toContainText('Synced with team', { timeout: 10_000 });

  const removed = await fetch(`${server.url}/api/teams/${team.id}/credentials`, {
    method: 'DELETE',
    headers: organizer,
  });
  expect(removed.status).toBe(200);

  await notes.press('End');
  await notes.pressSequentially('After removal. ');
  await expect(status).toHaveText(
    'This device was removed from the team; join again with a new code',
    { timeout: 10_000 },
  );
  await expect(notes).toHaveValue(/Before removal\. After removal\./);
  await expect(page.getByLabel('Team join code')).toBeVisible();

  const fresh = await fetch(`${server.url}/api/teams/${team.id}/code`, {
    method: 'POST',
    headers: organizer,
  });
  const { joinCode } = (await fresh.json()) as { joinCode: string };
  await joinInPage(page, joinCode);
  await expect(status).toContainText('Synced with team', { timeout: 15_000 });

  // A teammate's fresh device gets both paragraphs from the endpoint.
  const join = await fetch(`${server.url}/api/teams/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: joinCode }),
  });
  expect(join.status).toBe(200);
  const { credential } = (await join.json()) as { credential: string };
  const teammate = new Y.Doc();
  const pulled = await fetch(`${server.url}/api/plans/${team.id}/sync`, {
    method: 'POST',
    headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      protocol: PROTOCOL_VERSION,
      stateVector: toBase64(Y.encodeStateVector(teammate)),
    }),
  });
  expect(pulled.status).toBe(200);
  Y.applyUpdate(teammate, fromBase64(((await pulled.json()) as { update: string }).update));
  expect(teammate.getText('notes').toString()).toMatch(/Before removal\. After removal\./);
  await expect(notes).toHaveValue(/Before removal\. After removal\./);
});

test('"Remove devices" on the organizer screen tells an open device at once, without an edit', async ({
  browser,
}) => {
  const created = await fetch(`${server.url}/api/teams`, {
    method: 'POST',
    headers: { ...organizer, 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'OK' }),
  });
  const team = (await created.json()) as { id: string; joinCode: string };
  const device = await (await browser.newContext()).newPage();
  await device.goto(`${server.url}/plan`);
  await joinInPage(device, team.joinCode);
  const status = device.getByTestId('sync-status');
  await expect(status).toContainText('Synced with team', { timeout: 15_000 });

  const desk = await (await browser.newContext()).newPage();
  await desk.goto(`${server.url}/organizer/teams`);
  await desk.getByLabel('Organizer credential').fill(ORGANIZER_TOKEN);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  const remove = desk.getByRole('button', { name: 'Remove devices of Oklahoma team' });
  let asked = '';
  desk.once('dialog', (d) => {
    asked = d.message();
    void d.accept();
  });
  await remove.click();
  await expect(desk.getByRole('status').filter({ hasText: 'Removed 1 device' })).toHaveText(
    'Removed 1 device from Oklahoma team. Make a new code for the people who should join again.',
  );
  expect(asked).toMatch(/^Remove every device from Oklahoma team\?/);
  await expect(remove).toBeFocused();

  // The device hears it on its event stream: no edit and no 30 s timer needed.
  await expect(status).toHaveText(
    'This device was removed from the team; join again with a new code',
    { timeout: 10_000 },
  );
  await expect(device.getByLabel('Team join code')).toBeVisible();
});
