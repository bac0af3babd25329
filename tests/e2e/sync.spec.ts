/**
 * Team sync end to end in Chromium: two browser contexts are two members of
 * one State team. They join with the code, co-edit online (a change shows on
 * the other device within 2 s), one goes offline and edits, reconnects, and
 * both end with everything.
 */
import { expect, test, type Page } from '@playwright/test';
import { serverForFile } from './serverForFile';
import { createTeamCode, joinedMember } from './team';

const server = serverForFile();

const notes = (page: Page) => page.getByLabel('Notes for the team');

test('two members join, co-edit online, edit offline, reconnect and converge', async ({
  browser,
}) => {
  const code = await createTeamCode(server.url);
  const a = await joinedMember(browser, server.url, code);
  const b = await joinedMember(browser, server.url, code);
  // A draft with no State takes the team's State on joining.
  await expect(a.getByLabel('State', { exact: true })).toHaveValue('VA');

  // Online co-editing: A's typing shows on B within 2 seconds.
  await notes(a).click();
  await notes(a).pressSequentially('Alpha online. ');
  await expect(notes(b)).toHaveValue(/Alpha online\./, { timeout: 2_000 });

  // B's cursor stays where B left it when A's text arrives before it.
  await notes(b).click();
  await notes(b).press('End');
  const before = await notes(b).evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  await notes(a).press('Home');
  await notes(a).pressSequentially('Lead: ');
  await expect(notes(b)).toHaveValue(/^Lead: Alpha online\./, { timeout: 2_000 });
  const after = await notes(b).evaluate((el: HTMLTextAreaElement) => el.selectionStart);
  expect(after).toBe(before + 'Lead: '.length);

  // B goes offline and edits; A keeps editing online.
  await b.context().setOffline(true);
  await notes(b).click();
  await notes(b).press('End');
  await notes(b).pressSequentially('Bravo offline. ');
  await expect(b.getByTestId('sync-status')).toContainText(/Offline|waiting/, { timeout: 10_000 });
  await notes(a).press('End');
  await notes(a).pressSequentially('Alpha again. ');

  // Removing the plan from B is refused while B has unsynced changes, unless B accepts the loss.
  await expect(b.getByTestId('remove-refused')).toContainText(/not reached your team/);
  await expect(b.getByRole('button', { name: 'Remove this plan from this device' })).toHaveCount(0);
  await b.getByLabel(/I accept losing \d+ unsynced change/).check();
  await expect(b.getByRole('button', { name: 'Remove this plan from this device' })).toBeVisible();
  await b.getByLabel(/I accept losing \d+ unsynced change/).uncheck();

  // B reconnects: both see everything.
  await b.context().setOffline(false);
  await b.evaluate(() => window.dispatchEvent(new Event('online')));
  for (const page of [a, b]) {
    await expect(notes(page)).toHaveValue(/Bravo offline\./, { timeout: 10_000 });
    await expect(notes(page)).toHaveValue(/Alpha again\./, { timeout: 10_000 });
    await expect(notes(page)).toHaveValue(/Alpha online\./);
  }
  expect(await notes(a).inputValue()).toBe(await notes(b).inputValue());
  await expect(b.getByTestId('sync-status')).toContainText('Synced with team', { timeout: 10_000 });
});
