/**
 * The agenda in real Chromium: now/next in event time whatever the device's
 * zone (real clock and pinned clock), the day the agenda opens on, the .ics
 * export as a real download, and the filters.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { SHIPPED_AGENDA } from '../../src/content/agenda';
import { nowNext } from '../../src/domain/nowNext';
import { serverForFile } from './serverForFile';

const server = serverForFile();

const AT = Date.parse('2015-06-10T14:15:00Z'); // 10:15 AM in Washington
const expected = nowNext(SHIPPED_AGENDA, AT);

async function pageIn(browser: Browser, timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId });
  return context.newPage();
}

async function nowTitles(page: Page): Promise<string[]> {
  const panel = page.locator('section.now-next');
  const now = panel.locator('div', { has: page.getByRole('heading', { name: /^Now/ }) }).last();
  return now.locator('.nn-title').allTextContents();
}

test('a real clock during the event gives event-time now/next on a device in Kiritimati', async ({
  browser,
}) => {
  expect(expected.now.length).toBeGreaterThan(0);
  // In Kiritimati (UTC+14) this instant is already June 11, 4:15 AM.
  const page = await pageIn(browser, 'Pacific/Kiritimati');
  await page.clock.setFixedTime(AT);
  await page.goto(server.url + '/');
  await expect(page.getByRole('heading', { name: /^Now · Wed 10:15 AM/ })).toBeVisible();
  expect(await nowTitles(page)).toEqual(expected.now.map((s) => s.title));
  // The agenda opens on the event's day, not the device's.
  await expect(page.getByRole('heading', { level: 2, name: 'Wednesday, June 10' })).toBeVisible();
  await page.context().close();
});

test('a pinned clock gives the same answer in Tokyo and New York, and can be cleared', async ({
  browser,
}) => {
  for (const zone of ['Asia/Tokyo', 'America/New_York']) {
    const page = await pageIn(browser, zone);
    await page.goto(server.url + '/?now=2015-06-10T10:15');
    await expect(page.getByText('Clock pinned to Wed 10:15 AM.')).toBeVisible();
    expect(await nowTitles(page)).toEqual(expected.now.map((s) => s.title));
    // The pin survives moving around the app in this tab.
    await page.getByRole('link', { name: 'Thu, June 11' }).click();
    await expect(page.getByText('Clock pinned to Wed 10:15 AM.')).toBeVisible();
    await page.getByRole('button', { name: 'Use real time' }).click();
    await expect(
      page.getByText(/The convening ran in Washington, D.C., June 10–11, 2015\./),
    ).toBeVisible();
    await page.context().close();
  }
});

test('my schedule exports an .ics download with event-zone times', async ({ browser }) => {
  const page = await pageIn(browser, 'Europe/Berlin');
  const first = SHIPPED_AGENDA.sessions[0]!;
  await page.goto(server.url + '/session/' + first.id);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('link', { name: 'My schedule', exact: true }).first().click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('convening-my-schedule.ics');
  const text = readFileSync((await download.path())!, 'utf8');
  const stamp = first.start.replace(/[-:]/g, '') + '00';
  expect(text).toContain(`DTSTART;TZID=America/New_York:${stamp}\r\n`);
  expect(text).toContain(`UID:${first.id}@convening-companion\r\n`);
  await page.context().close();
});

test('filters narrow the list across both days and the count is announced', async ({ page }) => {
  await page.goto(server.url + '/day/2015-06-10');
  const status = page.locator('.result-count');
  const total = SHIPPED_AGENDA.sessions.filter((s) => s.start.startsWith('2015-06-10')).length;
  await expect(status).toHaveText(`${total} sessions on Wednesday, June 10.`);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Kind').selectOption('breakout');
  const breakouts = SHIPPED_AGENDA.sessions.filter((s) => s.kind === 'breakout').length;
  await expect(status).toHaveText(`${breakouts} sessions match across 2 days.`);
  await expect(page.locator('section.day-list .session-item')).toHaveCount(breakouts);
});
