/**
 * Larger text and forced colours (issue 16). At 150 % and 200 % text (the
 * browser's text-size setting) on 320 and 390 px phones, the agenda, a
 * session, the plan and the organizer editor reflow: no sideways scroll, no
 * text box over another or over a control. In forced-colours mode the
 * current day tab and nav item differ by more than font weight. Screenshots
 * of each state go to test-results/reflow/ for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { SESSION } from './routes';
import { horizontalOverflow, overlappingText, setTextSize } from './layout';
import { ORGANIZER_TOKEN } from './server';
import { serverForFile } from './serverForFile';

const server = serverForFile();

const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'agenda',
    open: async (page) => {
      await page.goto(`${server.url}/`);
      await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
    },
  },
  {
    name: 'session',
    open: async (page) => {
      await page.goto(`${server.url}/session/${SESSION.id}`);
      await expect(page.getByRole('heading', { name: SESSION.title, level: 1 })).toBeVisible();
    },
  },
  {
    name: 'plan',
    open: async (page) => {
      await page.goto(`${server.url}/plan`);
      await expect(page.getByRole('heading', { name: 'Our action plan' })).toBeVisible();
    },
  },
  {
    name: 'organizer editor',
    open: async (page) => {
      await page.goto(`${server.url}/organizer`);
      await page.evaluate(
        (t) => sessionStorage.setItem('convening.organizerToken', t),
        ORGANIZER_TOKEN,
      );
      await page.reload();
      const row = page.locator(`button[data-session-id="${SESSION.id}"]`);
      await row.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator(`form[data-session-id="${SESSION.id}"]`)).toBeVisible();
    },
  },
];

for (const percent of [150, 200]) {
  for (const width of [320, 390]) {
    test(`${percent} % text at ${width} px: no sideways scroll, no overlapping text`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 844 });
      await setTextSize(page, percent);
      for (const screen of SCREENS) {
        await screen.open(page);
        const where = `${screen.name}, ${percent} % text, ${width} px`;
        expect(await horizontalOverflow(page), `${where}: sideways scroll`).toBeLessThanOrEqual(0);
        expect(await overlappingText(page), `${where}: overlapping boxes`).toEqual([]);
        await page.screenshot({
          path: test.info().outputPath(`${screen.name.replace(/ /g, '-')}-${percent}-${width}.png`),
          fullPage: true,
        });
      }
    });
  }
}

test('forced colours: the current day tab and nav item differ by more than font weight', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${server.url}/day/2015-06-10`);
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  const look = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderBottomWidth} ${s.borderBottomColor}`,
          decoration: s.textDecorationLine,
          outline: `${s.outlineStyle} ${s.outlineWidth}`,
        };
      });
  const current = await look('.day-tabs a[aria-current="page"]');
  const other = await look('.day-tabs a:not([aria-current])');
  expect(current).not.toEqual(other);
  const nav = await look('.primary-nav a[aria-current="page"]');
  const navOther = await look('.primary-nav a:not([aria-current])');
  expect(nav).not.toEqual(navOther);
});
