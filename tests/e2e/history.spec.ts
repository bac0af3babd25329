/**
 * History and restore end to end in Chromium: two browser contexts are two
 * members of one State team. B deletes a goal; A finds it under "Recently
 * deleted" and restores it; both show it again with its step and text, and
 * A's activity names the deletion and the restore. The version view shows
 * the plan before the deletion and compares it with now.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTeamCode, joinedMember } from './team';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { serverForFile } from './serverForFile';

const server = serverForFile();

const GOAL = 'Screen every child at intake';
const goalHeading = (page: Page) =>
  page.getByRole('button', { name: new RegExp(`Goal \\d+: ${GOAL}`) });

/** Screenshots for the record, when SCREENS_DIR is set. */
async function shot(page: Page, name: string, at?: Locator) {
  const dir = process.env.SCREENS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const size of [
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
  ]) {
    await page.setViewportSize(size);
    // A long page: the part that matters, else the whole page.
    if (at) await at.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, `${name}-${size.width}.png`), fullPage: !at });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('B deletes a goal, A restores it from Recently deleted, both show it', async ({ browser }) => {
  test.setTimeout(120_000);
  const code = await createTeamCode(server.url, 'VT');
  const a = await joinedMember(browser, server.url, code, { name: 'Ana Ruiz' });
  const b = await joinedMember(browser, server.url, code, { name: 'Ben Okafor' });

  await a.getByRole('button', { name: 'Add a goal' }).click();
  await a.keyboard.type(GOAL);
  const n = /Goal (\d+)/.exec((await goalHeading(a).textContent()) ?? '')![1]!;
  await a.getByRole('button', { name: `Add an action step to goal ${n}` }).click();
  await a.keyboard.type('Pick a screening tool');
  await expect(goalHeading(b)).toBeVisible({ timeout: 10_000 });
  await expect(b.getByText(/Last changed by Ana Ruiz at \d{1,2}:\d{2} [AP]M/).first()).toBeVisible({
    timeout: 15_000,
  });
  await shot(b, 'plan-last-changed', b.getByLabel(`Goal ${n} title`));

  await b.getByRole('button', { name: `Remove goal ${n}`, exact: true }).click();
  await b.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(goalHeading(b)).toHaveCount(0);
  await expect(goalHeading(a)).toHaveCount(0, { timeout: 10_000 });

  await a.getByRole('link', { name: 'History, activity and recently deleted' }).click();
  await expect(a.getByRole('heading', { name: 'Plan history', level: 1 })).toBeVisible();
  const restore = a.getByRole('button', { name: new RegExp(`Restore Goal “${GOAL}”`) });
  await expect(restore).toBeVisible({ timeout: 10_000 });
  await expect(a.getByText(`Ben Okafor deleted goal ${n} “${GOAL}”`)).toBeVisible();
  await expect(restore).toHaveAccessibleName(`Restore Goal “${GOAL}” with 1 step`);
  await shot(a, 'history');

  // The version kept before the deletion: read-only, compared with now.
  await a
    .getByRole('link', { name: /^Version of / })
    .first()
    .click();
  await expect(a.getByRole('heading', { name: 'Compared with now' })).toBeVisible();
  await expect(a.getByText(`Goal ${n} “${GOAL}”: gone since this version`)).toBeVisible();
  await expect(a.getByRole('heading', { name: new RegExp(`Goal ${n}: ${GOAL}`) })).toBeVisible();
  await shot(a, 'version');
  await a.getByRole('link', { name: '← All versions' }).click();

  await restore.click();
  await expect(a.getByRole('status').filter({ hasText: 'Restored' })).toBeFocused();
  await expect(a.getByText('Nothing was deleted in the last 30 days.')).toBeVisible();
  // The activity names the restore once it has synced.
  await expect(a.getByText(`Ana Ruiz restored goal ${n} “${GOAL}”`)).toBeVisible({
    timeout: 20_000,
  });

  await a.getByRole('link', { name: '← Back to the plan' }).click();
  for (const page of [a, b]) await expect(goalHeading(page)).toBeVisible({ timeout: 10_000 });
  await expect(b.getByLabel(`Goal ${n} title`)).toHaveValue(GOAL);
  for (const page of [a, b])
    await expect(page.getByLabel('Action step').last()).toHaveValue('Pick a screening tool');
});
