/**
 * Accessibility on every route: axe finds no violations in the light and the
 * dark colour scheme, on a 390 px phone and at 320 px, where nothing may
 * scroll sideways. Plus the keyboard path into the content (skip link).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addStep, addTaNeed, createPlanDoc, goalsArray, titleText } from '../../src/domain/plan';
import { toBase64 } from '../../src/domain/base64';
import { expectRouteContent, ROUTES } from './routes';
import { ORGANIZER_TOKEN } from './server';
import { serverForFile } from './serverForFile';
import { joinInPage } from './team';

const server = serverForFile();

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];
const SCHEMES = ['light', 'dark'] as const;

/** axe and sideways scrolling on the page as shown, at each viewport and scheme. */
async function checkEverywhere(page: Page, path: string, ready: (page: Page) => Promise<void>) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}${path}`);
      await ready(page);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, `${path} ${colorScheme} ${viewport.width}px`).toEqual([]);
      const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      expect(scrollWidth, `${path} horizontal scroll at ${viewport.width}px`).toBeLessThanOrEqual(
        viewport.width,
      );
    }
  }
}

/** One team that submitted a plan with steps and TA needs, and one that did not. */
async function submittedTeam(): Promise<string> {
  const post = (path: string, body: unknown, token = ORGANIZER_TOKEN) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const created = (await (
    await post('/api/teams', { teams: [{ state: 'OH' }, { state: 'NM' }] })
  ).json()) as {
    teams: { id: string; joinCode: string }[];
  };
  const team = created.teams[0]!;
  const joined = (await (
    await fetch(`${server.url}/api/teams/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: team.joinCode, name: 'Ana Ruiz' }),
    })
  ).json()) as { teamId: string; credential: string };
  const doc = createPlanDoc();
  titleText(doc).insert(0, 'Ohio action plan');
  const goal = goalsArray(doc).get(0).get('id') as string;
  addStep(doc, goal, {
    text: 'Train every caseworker',
    lead: 'Department of Job and Family Services',
  });
  addTaNeed(doc, { topic: 'Data sharing with police', priority: 'high' });
  const res = await post(
    `/api/plans/${joined.teamId}/submissions`,
    { id: 'a11y-submission-0001', update: toBase64(Y.encodeStateAsUpdate(doc)) },
    joined.credential,
  );
  expect(res.status).toBe(201);
  return joined.teamId;
}

test('axe: the organizer State plans screens have no violations (light, dark; 390 and 320 px)', async ({
  page,
}) => {
  // Three screens × two widths × two schemes: twelve axe runs.
  test.setTimeout(240_000);
  const teamId = await submittedTeam();
  await page.addInitScript((token) => {
    sessionStorage.setItem('convening.organizerToken', token);
  }, ORGANIZER_TOKEN);
  await checkEverywhere(page, '/organizer/plans', async (p) => {
    await expect(p.getByText('Not submitted yet.')).toBeVisible();
  });
  await checkEverywhere(page, `/organizer/plans/${teamId}`, async (p) => {
    await expect(p.getByRole('heading', { level: 1, name: 'Ohio action plan' })).toBeVisible();
  });
  await checkEverywhere(page, '/organizer/plans/report', async (p) => {
    await expect(p.getByRole('heading', { level: 2, name: 'Ohio action plan' })).toBeVisible();
  });
});

for (const route of ROUTES) {
  test(`axe: ${route.path} has no violations (light, dark; 390 and 320 px)`, async ({ page }) => {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${server.url}${route.path}`);
        await expectRouteContent(page, route);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(summary, `${route.path} ${colorScheme} ${viewport.width}px`).toEqual([]);
        const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        expect(
          scrollWidth,
          `${route.path} horizontal scroll at ${viewport.width}px`,
        ).toBeLessThanOrEqual(viewport.width);
      }
    }
  });
}

// The History view (issue 13) needs a team plan with a history: a joined
// device that adds and deletes a goal, so every part of the screen shows.
test('axe: the plan History view and a version have no violations (light, dark; 390 and 320 px)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const res = await fetch(`${server.url}/api/teams`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'VT' }),
  });
  const { joinCode } = (await res.json()) as { joinCode: string };
  await page.goto(`${server.url}/plan`);
  await joinInPage(page, joinCode, 'Vera Axe');
  await expect(page.getByTestId('sync-status')).toContainText('Synced with team', {
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await page.keyboard.type('A goal to delete');
  // Each change reaches the endpoint (the sync waits a moment after typing).
  const synced = async () => {
    await page.waitForTimeout(1500);
    await expect(page.getByTestId('sync-status')).toContainText('Synced with team', {
      timeout: 15_000,
    });
  };
  await synced();
  await page.getByRole('button', { name: 'Remove goal 10', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await synced();
  await page.getByRole('link', { name: 'History, activity and recently deleted' }).click();
  await expect(page.getByRole('button', { name: /Restore Goal/ })).toBeVisible({ timeout: 15_000 });
  const version = await page
    .getByRole('link', { name: /^Version of / })
    .first()
    .getAttribute('href');
  for (const path of ['/plan/history', version!]) {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${server.url}${path}`);
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('main')).not.toContainText('Loading…');
        if (path !== '/plan/history')
          await expect(page.getByRole('heading', { name: 'Compared with now' })).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).analyze();
        const summary = violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
        expect(summary, `${path} ${colorScheme} ${viewport.width}px`).toEqual([]);
        const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        expect(scrollWidth, `${path} horizontal scroll at ${viewport.width}px`).toBeLessThanOrEqual(
          viewport.width,
        );
      }
    }
  }
});

test('keyboard: the first Tab reaches a visible skip link that moves focus to the content', async ({
  page,
}) => {
  await page.goto(server.url);
  await expectRouteContent(page, ROUTES[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to content/i });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('keyboard: focus is visibly outlined', async ({ page }) => {
  await page.goto(server.url);
  await expectRouteContent(page, ROUTES[0]!);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});
