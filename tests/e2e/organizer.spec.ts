/**
 * Organizer publishing end to end in Chromium against the real endpoint: a
 * room change reaches an online attendee's banner within 5 s; an attendee
 * offline through two publishes sees both after reconnecting; two organizers
 * publishing from the same version: the second is told (412) and re-applies;
 * organizer-typed markup and script show as text and run nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Agenda, Session } from '../../src/domain/agenda';
import {
  ORGANIZER_TOKEN,
  publishAgenda,
  removeDataDir,
  startServer,
  type RunningServer,
} from './server';

let server: RunningServer;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  server = await startServer();
});
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
test.afterAll(async () => {
  await server.stop();
  removeDataDir(server.dataDir);
});

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  contexts.push(context);
  return { context, page: await context.newPage() };
}

async function currentAgenda(): Promise<Agenda> {
  return (await (await fetch(`${server.url}/api/agenda`)).json()) as Agenda;
}

/** Publishes through the HTTP API (as a script would), from the current version. */
async function publishViaApi(edit: (s: Session) => Session): Promise<Agenda> {
  const cur = await currentAgenda();
  const res = await publishAgenda(server.url, cur, { ...cur, sessions: cur.sessions.map(edit) });
  expect(res.status).toBe(200);
  return (await res.json()) as Agenda;
}

/**
 * The agenda version this device has acknowledged as seen (its banner
 * baseline). Never creates the database (that would block the app's own
 * open) and closes its connection at once.
 */
function seenVersion(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open('convening');
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          resolve(null);
        };
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const idb = open.result;
          const done = (v: number | null) => {
            idb.close();
            resolve(v);
          };
          if (!idb.objectStoreNames.contains('meta')) return done(null);
          const get = idb.transaction('meta').objectStore('meta').get('agendaSeen');
          get.onsuccess = () =>
            done((get.result?.value?.agenda?.version as number | undefined) ?? null);
          get.onerror = () => done(null);
        };
      }),
  );
}

/** An attendee on the agenda, with the current version as its baseline and the stream open. */
async function attendee(browser: Browser) {
  const { context, page } = await newPage(browser);
  const stream = page.waitForRequest((r) => r.url().includes('/api/events'));
  await page.goto(`${server.url}/`);
  await stream;
  const version = (await currentAgenda()).version;
  await expect.poll(() => seenVersion(page), { timeout: 10_000 }).toBe(version);
  return { context, page };
}

async function organizer(browser: Browser): Promise<Page> {
  const { page } = await newPage(browser);
  await page.goto(`${server.url}/organizer`);
  await page.getByLabel('Organizer credential').fill(ORGANIZER_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the agenda' })).toBeVisible();
  return page;
}

/** The index-th session (not cancelled) whose title is unique on the agenda. */
async function pickSession(index: number): Promise<Session> {
  const all = (await currentAgenda()).sessions;
  const unique = all.filter(
    (s) => !s.cancelled && all.filter((o) => o.title === s.title).length === 1,
  );
  return unique[index % unique.length]!;
}

function openForm(page: Page, s: Session) {
  return page.locator(`form[data-session-id="${s.id}"]`);
}

async function editField(page: Page, s: Session, label: string, value: string) {
  await page.locator(`button[data-session-id="${s.id}"]`).click();
  const form = openForm(page, s);
  await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Done editing' }).click();
}

test('a room change reaches an online attendee’s banner within 5 s', async ({ browser }) => {
  const { page: phone } = await attendee(browser);
  const org = await organizer(browser);
  const s = await pickSession(1);
  await editField(org, s, 'Room', 'Main hall (moved)');
  await expect(org.getByRole('region', { name: 'What will change' })).toContainText(
    `Moved from ${s.room} to Main hall (moved)`,
  );
  const publish = org.getByRole('button', { name: /^Publish version/ });
  const t0 = Date.now();
  await publish.click();
  const banner = phone.getByRole('region', { name: /The agenda changed/ });
  await expect(banner).toContainText(`Moved from ${s.room} to Main hall (moved)`, {
    timeout: 5_000,
  });
  const ms = Date.now() - t0;
  console.log(`publish-to-banner (one Chromium page): ${ms} ms`);
  await expect(org.getByText(/^Published version \d+\.$/)).toBeVisible();

  await banner.getByRole('button', { name: 'Got it' }).click();
  await expect(banner).toHaveCount(0);
  await phone.reload();
  await expect(phone.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  await expect(phone.getByRole('region', { name: /The agenda changed/ })).toHaveCount(0);
});

test('an attendee offline during two publishes sees both changes after reconnecting', async ({
  browser,
}) => {
  const { context, page } = await attendee(browser);
  const a = await pickSession(2);
  const b = await pickSession(3);
  await context.setOffline(true);
  await publishViaApi((s) => (s.id === a.id ? { ...s, room: 'Offline room X' } : s));
  await publishViaApi((s) => (s.id === b.id ? { ...s, cancelled: true } : s));
  await page.waitForTimeout(500);
  await expect(page.getByRole('region', { name: /The agenda changed/ })).toHaveCount(0);
  await context.setOffline(false);
  const banner = page.getByRole('region', { name: /The agenda changed/ });
  await expect(banner).toContainText(`Moved from ${a.room} to Offline room X`, { timeout: 10_000 });
  await expect(banner.locator('li[data-kinds="cancelled"]')).toContainText(b.title);
});

test('two organizers publish from the same version: the second is told and re-applies', async ({
  browser,
}) => {
  const one = await organizer(browser);
  const two = await organizer(browser);
  const a = await pickSession(4);
  const b = await pickSession(5);
  const before = (await currentAgenda()).version;

  await editField(one, a, 'Room', 'Room of organizer one');
  await one.getByRole('button', { name: `Publish version ${before + 1}` }).click();
  await expect(one.getByText(`Published version ${before + 1}.`)).toBeVisible();

  await editField(two, b, 'Title', `${b.title} (renamed by two)`);
  await two.getByRole('button', { name: `Publish version ${before + 1}` }).click();
  const stale = two.getByRole('alert').filter({ hasText: 'Another organizer published' });
  await expect(stale).toContainText(`Another organizer published version ${before + 1}`);
  await expect(stale).toContainText(`Moved from ${a.room} to Room of organizer one`);
  await stale.getByRole('button', { name: 'Re-apply my edits on top' }).click();
  await two.getByRole('button', { name: `Publish version ${before + 2}` }).click();
  await expect(two.getByText(`Published version ${before + 2}.`)).toBeVisible();

  const final = await currentAgenda();
  expect(final.sessions.find((s) => s.id === a.id)?.room).toBe('Room of organizer one');
  expect(final.sessions.find((s) => s.id === b.id)?.title).toBe(`${b.title} (renamed by two)`);
});

test('agenda text with markup and script shows as literal text and runs nothing', async ({
  browser,
}) => {
  const img = '<img src=x onerror=alert(1)>';
  const script = '<script>alert(1)</script>';
  const { page: phone } = await attendee(browser);
  const problems: string[] = [];
  phone.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  phone.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const org = await organizer(browser);
  org.on('dialog', (d) => {
    problems.push(`organizer dialog: ${d.message()}`);
    void d.dismiss();
  });
  const s = await pickSession(6);
  await org.locator(`button[data-session-id="${s.id}"]`).click();
  const form = openForm(org, s);
  await form.getByLabel('Title', { exact: true }).fill(img);
  await form.getByLabel('Room', { exact: true }).fill(script);
  await form.getByLabel('Description', { exact: true }).fill(`${script} and ${img}`);
  await form.getByRole('button', { name: 'Done editing' }).click();
  await org.getByRole('button', { name: /^Publish version/ }).click();
  await expect(org.getByText(/^Published version \d+\.$/)).toBeVisible();

  const banner = phone.getByRole('region', { name: /The agenda changed/ });
  await expect(banner).toContainText(img);
  await expect(banner).toContainText(`to ${script}`);
  await banner.getByRole('link', { name: img }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(img);
  await expect(phone.getByText(`${script} and ${img}`)).toBeVisible();
  await expect(phone.getByText('Changed:')).toBeVisible();

  for (const p of [phone, org]) {
    expect(await p.locator('img[src="x"]').count()).toBe(0);
    expect(await p.evaluate(() => document.querySelectorAll('main script').length)).toBe(0);
  }
  expect(problems).toEqual([]);
});

test('organizer screens and the change banner are axe clean, light and dark, phone width', async ({
  browser,
}) => {
  const problems: string[] = [];
  const check = async (page: Page, what: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations) {
      problems.push(`${what}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }
    const overflow = await page.evaluate(
      () => document.scrollingElement!.scrollWidth > window.innerWidth,
    );
    if (overflow) problems.push(`${what}: wider than the screen`);
  };
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/organizer`);
    await expect(page.getByRole('heading', { name: 'Organizer sign-in' })).toBeVisible();
    await check(page, `${colorScheme} sign-in`);
    await page.getByLabel('Organizer credential').fill(ORGANIZER_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const s = await pickSession(7);
    await page.locator(`button[data-session-id="${s.id}"]`).click();
    await openForm(page, s).getByLabel('Room', { exact: true }).fill('Axe room');
    await check(page, `${colorScheme} editor`);
    await page.getByRole('link', { name: 'Teams and join codes' }).click();
    await expect(page.getByRole('heading', { name: 'State teams' })).toBeVisible();
    await expect(page.getByText(/^Teams \(\d+\)$/)).toBeVisible();
    await check(page, `${colorScheme} teams`);
    await page.getByRole('link', { name: 'TA needs' }).click();
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible();
    await check(page, `${colorScheme} TA needs`);
  }
  const { page: phone } = await attendee(browser);
  await phone.setViewportSize({ width: 390, height: 844 });
  const moved = await pickSession(8);
  await publishViaApi((x) => (x.id === moved.id ? { ...x, room: 'Axe hall' } : x));
  await expect(phone.getByRole('region', { name: /The agenda changed/ })).toBeVisible();
  await check(phone, 'banner');
  expect(problems).toEqual([]);
});
