/**
 * Accessibility on every route: axe finds no violations in the light and the
 * dark colour scheme, on a 390 px phone and at 320 px, where nothing may
 * scroll sideways. Plus the keyboard path into the content (skip link).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectRouteContent, ROUTES } from './routes';
import { removeDataDir, startServer, type RunningServer } from './server';

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server.stop();
  removeDataDir(server.dataDir);
});

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];
const SCHEMES = ['light', 'dark'] as const;

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
