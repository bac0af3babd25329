/**
 * Presence (issue 13, item 2) in Chromium, two members of one team: when A
 * focuses the plan title, B sees "<A's name> is editing" beside it and in
 * "In the plan now"; the marker follows A to the notes; it goes at once when
 * A leaves the plan for another screen, and within 30 s when A closes the
 * page or A's device goes offline.
 */
import { expect, test } from '@playwright/test';
import { serverForFile } from './serverForFile';
import { createTeamCode, joinedMember } from './team';

const server = serverForFile();

test("B sees where A is editing, and A's marker goes when A leaves or goes offline", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const code = await createTeamCode(server.url);
  const a = await joinedMember(browser, server.url, code, { name: 'Ana Ruiz' });
  const b = await joinedMember(browser, server.url, code, { name: 'Ben Okafor' });
  const marker = (field: string) => b.getByTestId(`presence-${field}`);

  await a.getByLabel('Plan title').focus();
  await expect(marker('plan-title')).toContainText('Ana Ruiz is editing');
  await expect(b.getByRole('region', { name: 'In the plan now' })).toContainText(
    'Ana Ruiz is editing Plan title',
  );
  // A sees B in the plan too, and never a marker of A's own.
  await expect(a.getByRole('region', { name: 'In the plan now' })).toContainText('Ben Okafor');
  await expect(a.getByTestId('presence-plan-title')).toHaveCount(0);

  await a.getByLabel('Notes for the team').focus();
  await expect(marker('plan-notes')).toContainText('Ana Ruiz is editing');
  await expect(marker('plan-title')).toHaveCount(0);

  // A leaves the plan for another screen of the app: gone at once (A says so).
  await a.getByRole('link', { name: 'About and settings' }).click();
  await expect(marker('plan-notes')).toHaveCount(0, { timeout: 5_000 });

  // A closes the page: gone within 30 s (a leave sent while unloading is best effort).
  await a.goBack();
  await a.getByLabel('Plan title').focus();
  await expect(marker('plan-title')).toContainText('Ana Ruiz is editing');
  await a.goto(`${server.url}/about`);
  await expect(marker('plan-title')).toHaveCount(0, { timeout: 30_000 });

  // A comes back and goes offline: gone within 30 s (no word from A at all).
  await a.goto(`${server.url}/plan`);
  await a.getByLabel('Plan title').focus();
  await expect(marker('plan-title')).toContainText('Ana Ruiz is editing');
  await a.context().setOffline(true);
  await expect(marker('plan-title')).toHaveCount(0, { timeout: 30_000 });
});
