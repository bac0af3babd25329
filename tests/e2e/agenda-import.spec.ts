/**
 * The organizer's "Import agenda" screen end to end (issue 14): a changed
 * schedule.json re-imported keeps every id, the preview shows exactly the
 * changes, publishing reaches an attendee whose bookmark survives and whose
 * banner lists exactly the changed sessions; a file with a bad row is
 * refused with that row named. Screenshots at phone and laptop width go to
 * /tmp/shots-formats when SHOTS=1.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Agenda } from '../../src/domain/agenda';
import {
  ORGANIZER_TOKEN,
  publishAgenda,
  removeDataDir,
  startServer,
  type RunningServer,
} from './server';

let server: RunningServer;
const contexts: BrowserContext[] = [];
const SHOTS = process.env.SHOTS === '1' ? '/tmp/shots-formats' : '';
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
];

test.beforeAll(async () => {
  server = await startServer();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
test.afterAll(async () => {
  await server.stop();
  removeDataDir(server.dataDir);
});

async function newPage(browser: Browser, width = 1366, height = 768): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  return context.newPage();
}

async function currentAgenda(): Promise<Agenda> {
  return (await (await fetch(`${server.url}/api/agenda`)).json()) as Agenda;
}

async function importScreen(browser: Browser, width?: number, height?: number): Promise<Page> {
  const page = await newPage(browser, width, height);
  await page.goto(`${server.url}/organizer`);
  await page.getByLabel('Organizer credential').fill(ORGANIZER_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Import agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Import agenda', level: 1 })).toBeVisible();
  return page;
}

async function choose(page: Page, name: string, mimeType: string, text: string) {
  await page.getByLabel('Agenda file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Preview' }).click();
}

async function shots(page: Page, what: string) {
  if (!SHOTS) return;
  // The "ready to work offline" toast would cover the content.
  const toast = page.getByRole('button', { name: 'OK', exact: true });
  if (await toast.isVisible()) await toast.click();
  for (const s of SIZES) {
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.screenshot({ path: `${SHOTS}/${what}-${s.width}.png`, fullPage: true });
  }
}

type ScheduleDoc = {
  schedule: {
    conference: { days: { rooms: Record<string, { title: string; room: string }[]> }[] };
  };
};

test('re-importing a changed schedule.json keeps ids; the attendee sees exactly the changes', async ({
  browser,
}) => {
  // An attendee with a bookmark, on the current version.
  const phone = await newPage(browser, 390, 844);
  await phone.goto(`${server.url}/`);
  const before = await currentAgenda();
  const saved = before.sessions.find((s) => !s.cancelled && s.kind === 'breakout')!;
  await phone.goto(`${server.url}/session/${saved.id}`);
  await phone.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(phone.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
  await phone.goto(`${server.url}/`);

  // The organizer exports schedule.json, changes two sessions elsewhere, and imports it.
  const doc = (await (await fetch(`${server.url}/api/agenda/schedule.json`)).json()) as ScheduleDoc;
  const events = doc.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
  const others = events.filter((e) => e.title !== saved.title);
  const moved = others[3]!;
  const renamed = others[5]!;
  const oldRoom = moved.room;
  const oldTitle = renamed.title;
  moved.room = 'Imported room';
  renamed.title = `${oldTitle} (from the import)`;

  const org = await importScreen(browser);
  await choose(org, 'schedule.json', 'application/json', JSON.stringify(doc));
  const preview = org.getByRole('region', { name: /^Preview:/ });
  await expect(preview).toBeVisible();
  await expect(
    preview.getByRole('heading', { name: /Changes against version \d+ \(2\)/ }),
  ).toBeVisible();
  await expect(preview).toContainText(`Moved from ${oldRoom} to Imported room`);
  await expect(preview).toContainText(`Renamed (was “${oldTitle}”)`);
  // The result takes the focus, for keyboard and screen-reader users.
  await expect(org.getByRole('heading', { name: /^Preview:/ })).toBeFocused();
  expect((await new AxeBuilder({ page: org }).analyze()).violations).toEqual([]);
  await shots(org, 'import-preview');
  await org.setViewportSize({ width: 1366, height: 768 });

  await preview.getByRole('button', { name: `Publish as version ${before.version + 1}` }).click();
  await expect(
    org.getByRole('heading', { name: `Published version ${before.version + 1}` }),
  ).toBeVisible();

  const after = await currentAgenda();
  const ids = (a: Agenda) => a.sessions.map((s) => s.id).sort();
  expect(ids(after)).toEqual(ids(before));

  const banner = phone.getByRole('region', { name: /The agenda changed/ });
  await expect(banner).toContainText('Imported room', { timeout: 15_000 });
  await expect(banner.locator(':scope li[data-kinds]')).toHaveCount(2);
  await expect(banner).toContainText(`Renamed (was “${oldTitle}”)`);
  // The bookmark survives: the session kept its id.
  await phone.goto(`${server.url}/session/${saved.id}`);
  await expect(phone.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
});

test('a file with a bad row is refused, naming the row; nothing is published', async ({
  browser,
}) => {
  const before = await currentAgenda();
  const org = await importScreen(browser, 390, 844);
  const csv = [
    'id,title,date,start,end,room',
    'ok,Fine session,2015-06-10,09:00,10:00,Main hall',
    'bad,Backwards session,2015-06-10,11:00,10:00,Main hall',
    'late,Late session,2015-06-10,26:00,27:00,Main hall',
  ].join('\n');
  await choose(org, 'agenda.csv', 'text/csv', csv);
  const result = org.getByRole('region', { name: 'Nothing was imported' });
  await expect(result).toContainText('row 4: start "26:00" is not a time such as 09:00');
  await expect(org.getByRole('heading', { name: 'Nothing was imported' })).toBeFocused();
  expect((await new AxeBuilder({ page: org }).analyze()).violations).toEqual([]);
  await shots(org, 'import-errors');

  await choose(org, 'agenda.csv', 'text/csv', csv.split('\n').slice(0, 3).join('\n'));
  await expect(result).toContainText('row 3: end: A session must end after it starts');
  expect((await currentAgenda()).version).toBe(before.version);
});

test('About lists the agenda exports for schedule apps and calendars', async ({ browser }) => {
  const page = await newPage(browser, 390, 844);
  await page.goto(`${server.url}/about`);
  const links = page.getByRole('region', { name: 'The agenda in other apps' });
  for (const [name, path] of [
    ['Calendar (.ics)', '/api/agenda.ics'],
    ['schedule.xml', '/api/agenda/schedule.xml'],
    ['schedule.json', '/api/agenda/schedule.json'],
  ] as const) {
    await expect(links.getByRole('link', { name })).toHaveAttribute('href', `${server.url}${path}`);
    expect((await fetch(`${server.url}${path}`)).status).toBe(200);
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await shots(page, 'about-links');
});

test('another organizer published after the preview: 412 shows their change, then a new preview publishes', async ({
  browser,
}) => {
  const doc = (await (await fetch(`${server.url}/api/agenda/schedule.json`)).json()) as ScheduleDoc;
  const events = doc.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
  events[1]!.room = 'Room from the file';
  const org = await importScreen(browser);
  await choose(org, 'schedule.json', 'application/json', JSON.stringify(doc));
  const preview = org.getByRole('region', { name: /^Preview:/ });
  const base = await currentAgenda();
  await expect(
    preview.getByRole('button', { name: `Publish as version ${base.version + 1}` }),
  ).toBeVisible();

  // Meanwhile someone else publishes a rename.
  const other = base.sessions.find((s) => s.title !== events[1]!.title)!;
  const res = await publishAgenda(server.url, base, {
    ...base,
    sessions: base.sessions.map((s) =>
      s.id === other.id ? { ...s, title: `${s.title} (theirs)` } : s,
    ),
  });
  expect(res.status).toBe(200);

  await preview.getByRole('button', { name: `Publish as version ${base.version + 1}` }).click();
  const stale = org.getByRole('region', {
    name: `Another organizer published version ${base.version + 1}`,
  });
  await expect(stale).toContainText(`Renamed (was “${other.title}”)`);
  await expect(org.getByRole('heading', { name: /Another organizer published/ })).toBeFocused();
  await stale
    .getByRole('button', { name: `Preview the file again against version ${base.version + 1}` })
    .click();
  const again = org.getByRole('region', { name: /^Preview:/ });
  await expect(
    again.getByRole('heading', { name: new RegExp(`Changes against version ${base.version + 1}`) }),
  ).toBeVisible();
  await again.getByRole('button', { name: `Publish as version ${base.version + 2}` }).click();
  await expect(
    org.getByRole('heading', { name: `Published version ${base.version + 2}` }),
  ).toBeVisible();
  const final = await currentAgenda();
  expect(final.sessions.some((s) => s.room === 'Room from the file')).toBe(true);
});

test('a new event imported and published: another device shows its name, days and sessions, offline too', async ({
  browser,
}) => {
  const org = await importScreen(browser);
  const before = await currentAgenda();
  await choose(
    org,
    'pretalx-democon.json',
    'application/json',
    readFileSync(new URL('../../../shared/interop/pretalx-democon.json', import.meta.url), 'utf8'),
  );
  const preview = org.getByRole('region', { name: 'Preview: DemoCon' });
  await expect(preview).toContainText('The event changes too');
  await preview.getByRole('button', { name: `Publish as version ${before.version + 1}` }).click();
  await expect(
    org.getByRole('heading', { name: `Published version ${before.version + 1}` }),
  ).toBeVisible();

  // A second device: first visit online, then the same agenda with no network.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  contexts.push(context);
  const phone = await context.newPage();
  await phone.goto(`${server.url}/day/2020-12-15`);
  await expect(phone.locator('.site-title')).toContainText('DemoCon', { timeout: 15_000 });
  await expect(phone.locator('.site-title')).toContainText('December 14–16, 2020');
  const tabs = phone.getByRole('navigation', { name: /day/i });
  await expect(tabs.getByRole('link')).toHaveText([/December 14/, /December 15/, /December 16/]);
  await expect(
    phone.getByRole('heading', { name: 'Tuesday, December 15', level: 2 }),
  ).toBeVisible();
  await expect(phone.getByText(/Times in UTC\./)).toBeVisible();
  // Three day tabs still fit a phone: nothing scrolls sideways.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The day's list fills in from the device's database after its heading.
  await expect(phone.locator('.session-list > li').first()).toBeVisible();
  const count = await phone.locator('.session-list > li').count();
  expect(count).toBeGreaterThan(0);
  await shots(phone, 'new-event-day');

  await phone.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await phone.reload();
  await expect(phone.locator('.site-title')).toContainText('DemoCon', { timeout: 15_000 });
  await expect(
    phone.getByRole('heading', { name: 'Tuesday, December 15', level: 2 }),
  ).toBeVisible();
  await expect(phone.locator('.session-list > li')).toHaveCount(count);
});
