/**
 * The installable PWA: the first visit ends under the service worker's
 * control with everything precached, the manifest and icons are real,
 * Chromium's installability check passes, /api/ and /healthz bypass the
 * navigation fallback, and a new version waits for the user's "Reload".
 */
import { chromium, expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config';
import { precachedPaths, ROUTES, expectRouteContent, waitForServiceWorker } from './routes';
import { removeDataDir, startServer } from './server';
import { serverForFile } from './serverForFile';

const server = serverForFile();

/** The organizer screens' own files: cached when an organizer opens them, not precached. */
const organizerOnly = (f: string) => f.startsWith('OrganizerRoutes-');

function builtAssets(): string[] {
  return readdirSync(join(process.env.STATIC_DIR ?? 'dist', 'assets'));
}

/** Every file of dist/ the precache must hold, as URL paths. */
function builtFiles(): string[] {
  const dist = process.env.STATIC_DIR ?? 'dist';
  const assets = builtAssets()
    .filter((f) => !organizerOnly(f))
    .map((f) => `/assets/${f}`);
  const icons = readdirSync(join(dist, 'icons')).map((f) => `/icons/${f}`);
  return [...assets, ...icons, '/index.html', '/manifest.webmanifest', '/favicon.svg'];
}

test('the first visit ends controlled by the service worker, with every asset precached', async ({
  page,
}) => {
  let navigations = 0;
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigations += 1;
  });
  await page.goto(server.url);
  await expectRouteContent(page, ROUTES[0]!);
  await waitForServiceWorker(page);
  // No reload was needed (or done) to come under control.
  expect(navigations).toBe(1);
  const cached = await precachedPaths(page);
  for (const file of builtFiles()) expect(cached, `${file} precached`).toContain(file);
  const organizer = builtAssets().filter(organizerOnly);
  expect(organizer.length).toBeGreaterThan(0);
  for (const file of organizer) expect(cached).not.toContain(`/assets/${file}`);
  await expect(page.getByText(/ready to work offline/i)).toBeVisible();
});

test('the organizer screens are kept offline once opened online, and say what to do before', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await expectRouteContent(page, ROUTES[0]!);
  await waitForServiceWorker(page);
  // Never opened on this device: offline, the app says why instead of going blank.
  await context.setOffline(true);
  await page.goto(`${server.url}/organizer`);
  await expect(
    page.getByRole('heading', { name: 'The organizer screens could not be opened' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('opened once with a connection');
  // Opened once online: the screens come from the service worker's cache offline.
  await context.setOffline(false);
  await page.goto(`${server.url}/organizer`);
  await expect(page.getByLabel('Organizer credential')).toBeVisible();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('This device is offline.')).toBeVisible();
  await context.close();
});

test('the manifest names the app and its icons are real PNGs of the stated sizes', async ({
  request,
}) => {
  const res = await request.get(`${server.url}/manifest.webmanifest`);
  expect(res.ok()).toBe(true);
  const m = await res.json();
  expect(m).toMatchObject({
    id: '/',
    start_url: '/',
    display: 'standalone',
    name: expect.stringContaining('Trafficking and Child Welfare'),
    short_name: expect.any(String),
    description: expect.any(String),
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  expect(m.short_name.length).toBeLessThanOrEqual(12);
  const purposes = (m.icons as { sizes: string; purpose: string }[]).map(
    (i) => `${i.sizes} ${i.purpose}`,
  );
  expect(purposes).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of m.icons as { src: string; sizes: string; type: string }[]) {
    const png = await (await request.get(`${server.url}${icon.src}`)).body();
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // PNG IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

test("Chromium's installability check reports no errors", async () => {
  // A persistent profile: the default incognito context always answers "in-incognito".
  const profile = mkdtempSync(join(tmpdir(), 'convening-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

test('/healthz and /api/ navigations reach the endpoint, not the app shell', async ({ page }) => {
  await page.goto(server.url);
  await waitForServiceWorker(page);
  for (const path of ['/healthz', '/api/agenda']) {
    const res = await page.goto(`${server.url}${path}`);
    expect(res?.headers()['content-type'], path).toContain('application/json');
    await expect(page.locator('#root')).toHaveCount(0);
  }
});

test('a new version waits for the user: the prompt shows, nothing reloads until "Reload"', async ({
  page,
}) => {
  // A private copy of dist/ so this test can publish a "new" sw.js.
  const staticDir = mkdtempSync(join(tmpdir(), 'convening-dist-'));
  cpSync(process.env.STATIC_DIR ?? 'dist', staticDir, { recursive: true });
  const own = await startServer({ env: { STATIC_DIR: staticDir } });
  try {
    await page.goto(own.url);
    await waitForServiceWorker(page);
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'first load'));

    const swPath = join(staticDir, 'sw.js');
    writeFileSync(swPath, `${readFileSync(swPath, 'utf8')}\n// next version ${Date.now()}\n`);
    for (const ext of ['.br', '.gz']) rmSync(swPath + ext, { force: true });
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });

    const prompt = page.getByText('A new version of this app is ready.');
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Give a self-reloading implementation every chance to misbehave.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'first load',
    );

    await Promise.all([
      page.waitForEvent('load', { timeout: 20_000 }),
      page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    expect(
      await page.evaluate(() => (window as unknown as { marker?: string }).marker),
    ).toBeUndefined();
    await waitForServiceWorker(page);
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
    );
    expect(waiting).toBe(false);
    await expect(prompt).toHaveCount(0);
  } finally {
    await own.stop();
    removeDataDir(own.dataDir);
    rmSync(staticDir, { recursive: true, force: true });
  }
});

test('before any script runs, "/" shows the prerendered agenda and deep links an empty shell', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await expect(page.locator('.agenda-screen h1')).toHaveText('Agenda');
  for (const path of ['/library', '/session/d1-welcome', '/plan']) {
    await page.goto(server.url + path);
    await expect(page.locator('#root > *'), path).toHaveCount(0);
  }
  // The service worker's navigation fallback is the same empty shell.
  expect(readFileSync('dist/sw.js', 'utf8')).toContain('createHandlerBoundToURL("/shell.html")');
  await context.close();
});

test('the bundle hydrates the prerendered agenda in place: same nodes, ids that resolve, no errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Tag the prerendered heading before any of the app's JavaScript runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.querySelector('.agenda-screen h1')?.setAttribute('data-prerendered', '');
    });
  });
  await page.goto(`${server.url}/`);
  await page.waitForSelector('html[data-app-ready]');
  // Hydrated, not replaced: the node from the HTML is still the one shown…
  await expect(page.locator('.agenda-screen h1[data-prerendered]')).toHaveText('Agenda');
  // …and the app is live on it (a client-side route change happens without a page load).
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Practice library' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await page.goBack();
  await expect(page.locator('.agenda-screen h1')).toHaveText('Agenda');
  // Labels point at elements that exist (server and client ids agree).
  const dangling = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-labelledby], [aria-describedby], label[for]')].flatMap(
      (el) =>
        [
          ...(el.getAttribute('aria-labelledby') ?? '').split(/\s+/),
          ...(el.getAttribute('aria-describedby') ?? '').split(/\s+/),
          el.getAttribute('for') ?? '',
        ].filter((id) => id && !document.getElementById(id)),
    ),
  );
  expect(dangling).toEqual([]);
  expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
