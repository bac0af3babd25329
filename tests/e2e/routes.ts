/**
 * Shared pieces of the PWA, offline and accessibility specs: every route the
 * app has, each with text that proves its content rendered (taken from the
 * shipped content, so the specs follow the content rather than repeat it),
 * and the service-worker waits.
 */
import { expect, type Page } from '@playwright/test';
import { SHIPPED_AGENDA } from '../../src/content/agenda';
import { LIBRARY } from '../../src/content/library';

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`shipped content has no ${what}`);
  return value;
}

const plenary = must(
  SHIPPED_AGENDA.sessions.find((s) => s.kind === 'plenary' && !s.cancelled),
  'plenary session',
);
const dayTwo = must(
  SHIPPED_AGENDA.sessions.find((s) => s.start.startsWith('2015-06-11') && s.kind !== 'meal'),
  'day-two session',
);
const screening = must(
  LIBRARY.practices.find((p) => p.id === 'mandatory-screening'),
  'mandatory-screening practice',
);
const useData = must(
  LIBRARY.lessons.find((l) => l.id === 'use-data'),
  'use-data lesson',
);

/** A session to open by deep link and to bookmark. */
export const SESSION = plenary;

export interface AppRoute {
  path: string;
  /** Text that only shows once the route's own content rendered. */
  expect: string | RegExp;
}

export const ROUTES: AppRoute[] = [
  { path: '/', expect: /illustrative/i },
  { path: '/day/2015-06-11', expect: dayTwo.title },
  { path: `/session/${plenary.id}`, expect: plenary.title },
  { path: '/my', expect: /my schedule/i },
  { path: '/library', expect: screening.title },
  { path: '/library/practice/mandatory-screening', expect: screening.title },
  { path: '/library/jurisdiction/connecticut', expect: 'Connecticut' },
  { path: '/library/lesson/use-data', expect: useData.title },
  { path: '/library/prevention', expect: LIBRARY.prevention.title },
  { path: '/library/search?q=screening', expect: screening.title },
  { path: '/plan', expect: 'Our action plan' },
  { path: '/about', expect: 'About this app' },
  { path: '/evaluate', expect: 'Evaluate the convening' },
];

/** Waits until the route's heading and its own content are on screen. */
export async function expectRouteContent(page: Page, route: AppRoute) {
  const main = page.locator('main');
  await expect(main.locator('h1').first()).toBeVisible();
  await expect(main).toContainText(route.expect);
  await expect(main.getByText('Loading…', { exact: true })).toHaveCount(0);
}

/**
 * Waits until the service worker controls the page. With clientsClaim this
 * happens on the first visit, after install, so the precache is complete.
 */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 30_000,
  });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** The URLs (path only) in the Workbox precache of the page's origin. */
export async function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const req of await cache.keys()) paths.push(new URL(req.url).pathname);
    }
    return paths;
  });
}
