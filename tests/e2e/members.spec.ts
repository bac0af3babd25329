/**
 * Names without accounts (issue 13 item 1), in two browser contexts: each
 * member joins with a name, sees who else is on the plan, and a name changed
 * on one device reaches the other.
 */
import { expect, test } from '@playwright/test';
import { serverForFile } from './serverForFile';
import { createTeamCode, joinedMember } from './team';

const server = serverForFile();

test('members join with their names, see each other, and a new name reaches the team', async ({
  browser,
}) => {
  const joinCode = await createTeamCode(server.url, 'OR');
  const phone = { width: 390, height: 844 };

  const ana = await joinedMember(browser, server.url, joinCode, {
    viewport: phone,
    name: 'Ana Ruiz',
    role: 'CIP judge',
  });
  await expect(ana.getByText('You appear to your team as Ana Ruiz (CIP judge).')).toBeVisible();
  const ben = await joinedMember(browser, server.url, joinCode, {
    viewport: phone,
    name: 'Ben Okafor',
  });
  await expect(ben.getByText('Also on this plan: Ana Ruiz (CIP judge).')).toBeVisible();

  // Ana renames herself: focus goes to the name box, and back to "Change name" after saving.
  await ana.getByRole('button', { name: 'Change name' }).click();
  await expect(ana.getByLabel('Your name')).toBeFocused();
  await ana.getByLabel('Your name').fill('Ana María Ruiz');
  await ana.getByRole('button', { name: 'Save name' }).click();
  await expect(
    ana.getByText('You appear to your team as Ana María Ruiz (CIP judge).'),
  ).toBeVisible();
  await expect(ana.getByRole('button', { name: 'Change name' })).toBeFocused();
  await expect(ana.getByText('Also on this plan: Ben Okafor.')).toBeVisible();

  await ben.reload();
  await expect(ben.getByText('Also on this plan: Ana María Ruiz (CIP judge).')).toBeVisible();
});
