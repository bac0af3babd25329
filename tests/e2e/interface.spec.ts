/**
 * Issue 15's layout rules on a 390x844 phone: the empty template plan is
 * under 3,000 px tall; the transient "Ready to work offline" note takes its
 * own space (never over a focused control or content) and is not printed; the
 * print view opens at its top and "Back to the editor" returns to where the
 * person was; the organizer's Publish stays in view; join codes survive a
 * switch of organizer tab and Copy puts them on the clipboard.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ORGANIZER_TOKEN } from './server';
import { serverForFile } from './serverForFile';

const server = serverForFile();
test.use({ viewport: { width: 390, height: 844 } });

async function openPlan(page: Page) {
  await page.goto(`${server.url}/plan`);
  await expect(page.getByRole('heading', { name: 'Our action plan', level: 1 })).toBeVisible();
}

const overlaps = (a: DOMRect | null, b: DOMRect | null) =>
  !!a &&
  !!b &&
  a.x < b.x + b.width &&
  b.x < a.x + a.width &&
  a.y < b.y + b.height &&
  b.y < a.y + a.height;

test('the empty template plan is under 3,000 px tall on a phone', async ({ page }) => {
  await openPlan(page);
  await expect(page.getByRole('button', { name: /^Goal 9:/ })).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(3000);
});

test('the "Ready to work offline" note never covers a focused control or content, and is not printed', async ({
  page,
}) => {
  await openPlan(page);
  const note = page.locator('.pwa-notices');
  await expect(note).toContainText('Ready to work offline', { timeout: 30_000 });
  // Nothing of the page's content lies under the note.
  const underNote = await page.evaluate(() => {
    const n = document.querySelector('.pwa-notices')!.getBoundingClientRect();
    return [...document.querySelectorAll('main *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.height > 0 &&
        r.x < n.right &&
        n.x < r.right &&
        r.y < n.bottom &&
        n.y < r.bottom
      );
    }).length;
  });
  expect(underNote).toBe(0);
  await page.getByLabel('Plan title').focus();
  for (let i = 0; i < 20 && (await note.textContent())?.includes('Ready'); i++) {
    await page.keyboard.press('Tab');
    const [f, n] = await Promise.all([
      page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON() as DOMRect),
      page.evaluate(
        () =>
          document.querySelector('.pwa-notice')?.getBoundingClientRect().toJSON() as
            DOMRect | undefined,
      ),
    ]);
    expect(overlaps(f, n ?? null), `focus ${i + 1} is under the note`).toBe(false);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/Ready to work offline/)).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});

test('the print view opens at its top; "Back to the editor" returns to where the person was', async ({
  page,
}) => {
  await openPlan(page);
  const link = page.getByRole('link', { name: 'Print view' });
  await link.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -200)); // the link mid-screen
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  const before = (await link.boundingBox())!.y;
  await link.click();
  await expect(page.getByRole('link', { name: 'Back to the editor' })).toBeVisible();
  await page.waitForTimeout(300); // the route's focus rule runs after a frame
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.getByRole('link', { name: 'Back to the editor' }).click();
  await expect(link).toBeFocused();
  await page.waitForTimeout(300);
  expect(Math.abs((await link.boundingBox())!.y - before)).toBeLessThan(5);
});

async function signIn(page: Page, path = '/organizer') {
  await page.goto(`${server.url}${path}`);
  await page.getByLabel('Organizer credential').fill(ORGANIZER_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as organizer')).toBeVisible();
}

test("the organizer's Publish stays in view on a long agenda", async ({ page }) => {
  await signIn(page);
  const publish = page.getByRole('button', { name: /^Publish version/ });
  await expect(publish).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(publish).toBeInViewport();
  await page.getByRole('button', { name: /^See what will change/ }).click();
  await expect(page.getByRole('heading', { name: 'What will change' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'What will change' })).toBeInViewport();
});

test('join codes stay through a tab switch, and Copy puts them on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await signIn(page, '/organizer/teams');
  // With no team yet, "Create teams" is open.
  await page.getByLabel('Alaska', { exact: true }).check();
  await page.getByLabel('Arizona', { exact: true }).check();
  await page.getByRole('button', { name: 'Create 2 teams' }).click();
  const panel = page.getByRole('region', { name: 'Join codes' });
  await expect(page.getByRole('heading', { name: 'Join codes' })).toBeFocused();
  await expect(panel).toBeInViewport();
  const codes = await panel.locator('.join-code').allTextContents();
  expect(codes).toHaveLength(2);

  await page.getByRole('link', { name: 'TA needs' }).click();
  await expect(page.getByRole('heading', { name: /TA needs/, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Teams and join codes' }).click();
  await expect(panel.locator('.join-code')).toHaveText(codes);

  await panel.getByRole('button', { name: 'Copy codes' }).click();
  await expect(panel).toContainText('Copied 2 join codes to the clipboard.');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(`Alaska team: ${codes[0]}\nArizona team: ${codes[1]}`);
});

test('axe: the changed screens are clean in both colour schemes at 390 and 320 px', async ({
  page,
}) => {
  test.setTimeout(300_000); // six screens, four axe runs each
  const check = async (what: string) => {
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${what} ${colorScheme} ${width}px`,
        ).toEqual([]);
        const overflow = await page.evaluate(
          () => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${what} sideways scroll at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
  };
  // The plan: a step folded, then opened with its partners picker open.
  await openPlan(page);
  await page.getByRole('button', { name: 'Expand all goals' }).click();
  await page.getByRole('button', { name: 'Add an action step to goal 1' }).click();
  await check('plan, folded step');
  await page.getByRole('button', { name: /^Details of step 1\.1/ }).click();
  await page.locator('.partners summary').click();
  await check('plan, step details and partners');
  // After removal.
  await page.getByRole('button', { name: 'Remove this plan from this device' }).click();
  await page.getByRole('button', { name: 'Yes, remove it from this device' }).click();
  await expect(page.getByRole('heading', { name: 'Plan removed from this device' })).toBeVisible();
  await check('plan removed');
  // Organizer: sign-in offline, the agenda editor's bar, the join-code panel.
  await page.goto(`${server.url}/organizer`);
  // The organizer screens are cached when first opened online (not precached).
  await expect(page.getByLabel('Organizer credential')).toBeVisible();
  await page.context().setOffline(true);
  await expect(page.getByText('This device is offline.')).toBeVisible();
  await check('organizer sign-in offline');
  await page.context().setOffline(false);
  await signIn(page);
  await check('agenda editor');
  await page.getByRole('link', { name: 'Teams and join codes' }).click();
  await expect(page.getByText('Loading teams…')).toHaveCount(0);
  // "Create teams" starts open only while there is no team.
  if ((await page.locator('details.org-panel').getAttribute('open')) === null)
    await page.getByText('Create teams').click();
  await page.getByLabel('Alabama', { exact: true }).check();
  await page.getByRole('button', { name: 'Create 1 team' }).click();
  await expect(page.getByRole('heading', { name: 'Join codes' })).toBeFocused();
  await check('join codes');
});
