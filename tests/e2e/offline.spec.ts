/**
 * Offline after one visit: the first visit is online; then the browser goes
 * offline AND the endpoint stops, and every route, a deep link opened in a
 * new page, and a bookmark added offline (surviving a reload) still work from
 * the service worker's precache and IndexedDB.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectRouteContent, ROUTES, SESSION, waitForServiceWorker } from './routes';
import { removeDataDir, startServer, type RunningServer } from './server';

let server: RunningServer;
let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  server = await startServer();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(server.url);
  await expectRouteContent(page, ROUTES[0]!);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await server.stop();
});

test.afterAll(async () => {
  await context.close();
  removeDataDir(server.dataDir);
});

for (const route of ROUTES) {
  test(`offline: ${route.path} renders its content`, async () => {
    await page.goto(`${server.url}${route.path}`);
    await expectRouteContent(page, route);
    // The page really is offline and came from the service worker.
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller != null)).toBe(true);
  });
}

test('offline: a deep link opened in a new page renders', async () => {
  const fresh = await context.newPage();
  try {
    await fresh.goto(`${server.url}/session/${SESSION.id}`);
    await expectRouteContent(fresh, { path: `/session/${SESSION.id}`, expect: SESSION.title });
    await fresh.goto(`${server.url}/library/jurisdiction/connecticut`);
    await expectRouteContent(fresh, { path: '', expect: 'Connecticut' });
  } finally {
    await fresh.close();
  }
});

test('offline: a bookmark added offline survives a reload', async () => {
  await page.goto(`${server.url}/session/${SESSION.id}`);
  await expectRouteContent(page, { path: '', expect: SESSION.title });
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(main.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
  await page.reload();
  await expectRouteContent(page, { path: '', expect: SESSION.title });
  await expect(main.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
  await page.goto(`${server.url}/my`);
  await expect(page.getByRole('main')).toContainText(SESSION.title);
});
