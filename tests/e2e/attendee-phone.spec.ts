/**
 * The attendee on a 390x844 phone (issue 15): what is on now and next for
 * them, with the room, and the start of the day's list on the first screen;
 * "Jump to now"; search and filters that survive a reload; a change to a
 * bookmarked session shown while they are in the library. The clock is
 * pinned (?now=, event time) so the answers do not depend on today.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Agenda } from '../../src/domain/agenda';
import { SHIPPED_AGENDA } from '../../src/content/agenda';
import { publishAgenda } from './server';
import { serverForFile } from './serverForFile';

const server = serverForFile();
test.use({ viewport: { width: 390, height: 844 } });

const PIN = '2015-06-10T13:20';
const mine = SHIPPED_AGENDA.sessions.find((s) => s.id === 'd1-breakout-identification')!;

async function save(page: Page, title: string) {
  const button = page.getByRole('button', { name: `Save ${title}` });
  await button.click();
  await expect(page.getByRole('button', { name: `Saved ${title}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

/** Bottom edge of an element, in CSS px from the top of the page. */
async function bottom(page: Page, selector: ReturnType<Page['locator']>) {
  const box = await selector.boundingBox();
  expect(box).not.toBeNull();
  return box!.y + box!.height + (await page.evaluate(() => window.scrollY));
}

test('the first screen shows my session now, with its room, and the start of the day', async ({
  page,
}) => {
  await page.goto(`${server.url}/day/2015-06-10?now=${PIN}`);
  await save(page, mine.title);
  await page.goto(`${server.url}/?now=${PIN}`);
  const panel = page.locator('section.now-next');
  const item = panel.locator('.nn-item.is-mine');
  await expect(item).toContainText(mine.title);
  await expect(item).toContainText(mine.room);
  await expect(item).toContainText('Saved in my schedule');
  expect(await bottom(page, item)).toBeLessThanOrEqual(844);
  // The day's list starts on the first screen too: its heading and first session.
  const firstSession = page.locator('.day-list .session-item').first();
  expect(await bottom(page, page.locator('.day-list h2'))).toBeLessThanOrEqual(844);
  expect(await bottom(page, firstSession.locator('.session-title'))).toBeLessThanOrEqual(844);
});

test('"Jump to now" scrolls the session under way into view', async ({ page }) => {
  await page.goto(`${server.url}/day/2015-06-10?now=2015-06-10T15:00`);
  const current = page.locator('.day-list .session-item.is-now').first();
  await expect(current).toContainText('Now');
  await expect(current).not.toBeInViewport();
  await page.getByRole('button', { name: 'Jump to now' }).click();
  await expect(current).toBeInViewport();
  await expect(current.getByRole('link')).toBeFocused();
  // Those over are dimmed, the rest are not.
  await expect(page.locator('.day-list .session-item.is-past').first()).toBeVisible();
});

test('search and filters live in the URL and survive a reload', async ({ page }) => {
  await page.goto(`${server.url}/day/2015-06-10`);
  await page.getByLabel('Search the agenda').fill('plenry');
  await expect(page).toHaveURL(/\?q=plenry$/);
  const plenaries = SHIPPED_AGENDA.sessions.filter((s) => s.kind === 'plenary');
  const status = page.locator('.result-count');
  await expect(status).toHaveText(`${plenaries.length} sessions match across 2 days.`);
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Room').selectOption(plenaries[0]!.room);
  await expect(page).toHaveURL(/room=/);
  const narrowed = plenaries.filter((s) => s.room === plenaries[0]!.room).length;
  await expect(status).toHaveText(
    `${narrowed} ${narrowed === 1 ? 'session matches' : 'sessions match'} across 2 days.`,
  );

  await page.reload();
  await expect(page.getByLabel('Search the agenda')).toHaveValue('plenry');
  await expect(page.getByLabel('Room')).toHaveValue(plenaries[0]!.room);
  await expect(status).toHaveText(
    `${narrowed} ${narrowed === 1 ? 'session matches' : 'sessions match'} across 2 days.`,
  );
});

test('a change to a bookmarked session shows on the Agenda tab while in the library', async ({
  page,
}) => {
  await page.goto(`${server.url}/day/2015-06-10`);
  await save(page, mine.title);
  // The device's baseline is the agenda it fetched (its "Checked" line says so).
  await expect(page.getByText(/^Checked /)).toBeVisible();
  await page.waitForTimeout(500);
  await page.goto(`${server.url}/library`);
  const current = (await (await fetch(`${server.url}/api/agenda`)).json()) as Agenda;
  const res = await publishAgenda(server.url, current, {
    ...current,
    sessions: current.sessions.map((s) =>
      s.id === mine.id ? { ...s, room: 'Grand ballroom' } : s,
    ),
  });
  expect(res.status).toBe(200);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Agenda (1 change to my sessions)' })).toBeVisible({
    timeout: 15_000,
  });
  const notice = page.getByRole('region', { name: 'A session in my schedule changed' });
  await expect(notice).toContainText(`${mine.title}: moved to Grand ballroom.`);
  await notice.getByRole('button', { name: 'Got it' }).click();
  await expect(nav.getByRole('link', { name: 'Agenda', exact: true })).toBeVisible();
  await expect(notice).toBeHidden();
});

test('the marked day list, my now/next and the open filters are axe-clean (light, dark; 390, 320)', async ({
  page,
}) => {
  await page.goto(`${server.url}/day/2015-06-10?now=${PIN}`);
  await save(page, mine.title);
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}/day/2015-06-10?now=${PIN}&q=breakout`);
      await expect(page.locator('.day-list .is-now').first()).toBeVisible();
      await page.getByText('Filters', { exact: true }).click();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        `${colorScheme} ${width}px`,
      ).toEqual([]);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    }
  }
});

test("the search box's focus ring is not red (red reads as an error)", async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}/library/search?q=trauma`);
    const box = page.getByRole('searchbox', { name: 'Search sessions and the library' });
    await box.focus();
    await page.keyboard.press('End');
    const [style, color] = await box.evaluate((el) => [
      getComputedStyle(el).outlineStyle,
      getComputedStyle(el).outlineColor,
    ]);
    expect(style).toBe('solid');
    const [r, g, b] = color.match(/\d+/g)!.map(Number) as [number, number, number];
    expect(b, `${colorScheme}: ${color}`).toBeGreaterThan(r);
    expect(g, `${colorScheme}: ${color}`).toBeGreaterThanOrEqual(r);
  }
});
