/**
 * Keyboard and screen-reader users keep their place (issue 16), keyboard only
 * in Chromium against the built app and the real endpoint: where focus lands
 * after every action that removes or disables the focused control and after
 * each route change; Ctrl+Z after a move undoes the move and erases nothing;
 * every route has its own title, announced on arrival; the save status speaks
 * once, not per key; names start with the visible label; organizer 422s in
 * words; jump links and Escape; the offline note never covers focus.
 */
import { expect, test, type Page } from '@playwright/test';
import { SHIPPED_AGENDA } from '../../src/content/agenda';
import { LIBRARY } from '../../src/content/library';
import { eventShortName } from '../../src/app/title';
import { expectRouteContent, ROUTES, SESSION } from './routes';
import { ORGANIZER_TOKEN, publishAgenda } from './server';
import { serverForFile } from './serverForFile';
import type { Agenda } from '../../src/domain/agenda';

const server = serverForFile();

const focused = (page: Page) => page.locator(':focus');

/** Presses Enter on a control reached by its accessible role and name. */
async function activate(page: Page, role: 'button' | 'link', name: string | RegExp) {
  const el = page.getByRole(role, { name, exact: typeof name === 'string' }).first();
  await el.focus();
  await page.keyboard.press('Enter');
}

async function openPlan(page: Page) {
  await page.goto(`${server.url}/plan`);
  await expect(page.getByRole('heading', { name: 'Our action plan', level: 1 })).toBeVisible();
}

/** Goal 1 gets two steps, "S1" and "S2"; returns the goal's region. */
async function planWithTwoSteps(page: Page) {
  await openPlan(page);
  const goal = page.getByRole('region', { name: /^Goal 1:/ });
  for (const text of ['S1', 'S2']) {
    await activate(page, 'button', 'Add an action step to goal 1');
    await expect(goal.getByLabel('Action step').last()).toBeFocused();
    await page.keyboard.type(text);
  }
  await expect(goal.getByLabel('Action step')).toHaveCount(2);
  return goal;
}

const stepTexts = (page: Page) =>
  page
    .getByRole('region', { name: /^Goal 1:/ })
    .getByLabel('Action step')
    .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

test.describe('focus after an action removes or disables the focused control', () => {
  test('a move to the bottom: focus goes to the same step’s other move button', async ({
    page,
  }) => {
    const goal = await planWithTwoSteps(page);
    await goal.getByRole('button', { name: 'Move down, step 1.1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stepTexts(page)).toEqual(['S2', 'S1']);
    await expect(focused(page)).toHaveAccessibleName('Move up, step 1.2');
  });

  test('a goal moved to the top: focus goes to its "Move goal down"', async ({ page }) => {
    await openPlan(page);
    await page.getByRole('button', { name: 'Move goal up, goal 2' }).focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveAccessibleName('Move goal down, goal 1');
  });

  test('"Yes, remove": focus goes to the step that took its place, then to the list heading', async ({
    page,
  }) => {
    const goal = await planWithTwoSteps(page);
    await goal.getByRole('button', { name: 'Remove step 1.1' }).focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveText('Yes, remove');
    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveText('Step 1.1');
    expect(await stepTexts(page)).toEqual(['S2']);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await goal.getByRole('button', { name: 'Remove step 1.1' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveText('Action steps');
  });

  test('Escape cancels "Remove step?" and returns to its button; nothing is removed', async ({
    page,
  }) => {
    const goal = await planWithTwoSteps(page);
    await goal.getByRole('button', { name: 'Remove step 1.2' }).focus();
    await page.keyboard.press('Enter');
    await expect(goal.getByRole('group', { name: /^Remove step 1\.2/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(goal.getByRole('group', { name: /^Remove step 1\.2/ })).toHaveCount(0);
    await expect(focused(page)).toHaveAccessibleName('Remove step 1.2');
    expect(await stepTexts(page)).toEqual(['S1', 'S2']);
  });

  test('the last Undo disables itself: focus goes to Redo', async ({ page }) => {
    await openPlan(page);
    await page.getByRole('button', { name: 'Move goal up, goal 2' }).focus();
    await page.keyboard.press('Enter');
    await activate(page, 'button', 'Undo');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await expect(focused(page)).toHaveAccessibleName('Redo');
  });

  test('"Got it" on the change banner: focus goes to the page heading', async ({ page }) => {
    // The device must have the current version before the publish: a device
    // whose first fetch already gets the new version has nothing to be told.
    const stream = page.waitForRequest((r) => r.url().includes('/api/events'));
    const fetched = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/agenda');
    await page.goto(`${server.url}/`);
    await stream;
    await fetched;
    const cur = (await (await fetch(`${server.url}/api/agenda`)).json()) as Agenda;
    const res = await publishAgenda(server.url, cur, {
      ...cur,
      sessions: cur.sessions.map((s) => (s.id === SESSION.id ? { ...s, room: 'Room 9' } : s)),
    });
    expect(res.status).toBe(200);
    const banner = page.getByRole('region', { name: /The agenda changed/ });
    await expect(banner).toBeVisible({ timeout: 15_000 });
    await banner.getByRole('button', { name: 'Got it' }).focus();
    await page.keyboard.press('Enter');
    await expect(banner).toHaveCount(0);
    await expect(focused(page)).toHaveText('Agenda');
  });

  test('organizer: Sign in, open a row, Done editing, Publish, each keeps the place', async ({
    page,
  }) => {
    await page.goto(`${server.url}/organizer`);
    await page.getByLabel('Organizer credential').focus();
    await page.keyboard.type(ORGANIZER_TOKEN);
    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveText('Edit the agenda');
    await expect(page).toHaveTitle(`Edit the agenda · ${eventShortName()}`);

    const row = page.locator('button[data-session-id]').nth(2);
    const id = await row.getAttribute('data-session-id');
    await row.focus();
    await page.keyboard.press('Enter');
    const form = page.locator(`form[data-session-id="${id}"]`);
    await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
    await form.getByLabel('Room', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Room by keyboard');
    await form.getByRole('button', { name: 'Done editing' }).focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveAttribute('data-session-id', id!);

    await page.getByRole('button', { name: /^Publish version/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Published version \d+\.$/)).toBeVisible();
    await expect(focused(page)).toHaveText('What will change');
    // The preview is part of the page's main content, not an aside inside main.
    await expect(
      page.locator('main aside.org-preview, main [role="complementary"].org-preview'),
    ).toHaveCount(0);
  });

  test('organizer 422: words a person uses, a summary at the top, focus on the first bad field', async ({
    page,
  }) => {
    await page.goto(`${server.url}/organizer`);
    await page.getByLabel('Organizer credential').focus();
    await page.keyboard.type(ORGANIZER_TOKEN);
    await page.keyboard.press('Enter');
    const row = page.locator('button[data-session-id]').nth(3);
    const id = await row.getAttribute('data-session-id');
    await row.focus();
    await page.keyboard.press('Enter');
    const form = page.locator(`form[data-session-id="${id}"]`);
    const title = form.getByLabel('Title', { exact: true });
    await expect(title).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: /^Publish version/ }).focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('region', { name: /^Not published: 1 thing needs fixing/ });
    await expect(summary).toContainText('Give the session a title.');
    await expect(page.locator('main')).not.toContainText(/Too small|expected string/);
    await expect(title).toBeFocused();
    await expect(title).toHaveAccessibleDescription('Give the session a title.');
  });
});

test.describe('route changes', () => {
  test('focus goes to the new page’s h1 and its title is announced: session, back, day tab, practice', async ({
    page,
  }) => {
    await page.goto(`${server.url}/`);
    await expectRouteContent(page, ROUTES[0]!);
    const announcer = page.getByTestId('announcer');

    await page.waitForFunction(() => document.documentElement.dataset.appReady === 'true');
    await page
      .locator('main .session-list a.session-link', { hasText: SESSION.title })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const h1 = page.locator('main h1');
    await expect(h1).toHaveText(SESSION.title);
    await expect(h1).toBeFocused();
    await expect(h1).toHaveAttribute('tabindex', '-1');
    await expect(announcer).toHaveText(`${SESSION.title} · ${eventShortName()}`);

    await page.goBack();
    await expect(focused(page)).toHaveText('Agenda');
    await expect(announcer).toHaveText(/^Agenda, Wednesday, June 10 · /);

    await activate(page, 'link', 'Thu, June 11');
    await expect(focused(page)).toHaveText('Agenda');
    await expect(announcer).toHaveText(/^Agenda, Thursday, June 11 · /);

    const withPractice = SHIPPED_AGENDA.sessions.find((s) => s.practiceIds.length > 0)!;
    await page.goto(`${server.url}/session/${withPractice.id}`);
    await expect(page.locator('main h1')).toHaveText(withPractice.title);
    const practice = page.getByRole('link', { name: /^Practice \d+:/ }).first();
    const name = (await practice.textContent())!.replace(/^Practice \d+: /, '');
    await practice.focus();
    await page.keyboard.press('Enter');
    await expect(focused(page)).toHaveText(new RegExp(name.replace(/[()]/g, '.')));
    await expect(focused(page)).toHaveJSProperty('tagName', 'H1');
    await expect(announcer).toHaveText(`${name} · ${eventShortName()}`);
  });

  test('searching from the library home announces the number of results', async ({ page }) => {
    await page.goto(`${server.url}/library`);
    await page.getByLabel('Search sessions and the library').focus();
    await page.keyboard.type('screening');
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toBeFocused();
    await expect(page.getByTestId('announcer')).toHaveText(
      /^Search: screening \(\d+ results?\) · /,
    );
  });
});

test('a screen that puts focus in its own field keeps it: the empty library search', async ({
  page,
}) => {
  await page.goto(`${server.url}/library`);
  await page.getByRole('button', { name: 'Search', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/library\/search$/);
  await expect(page.getByLabel('Search sessions and the library')).toBeFocused();
});

test('removing the plan: Escape keeps it, removal lands on the next heading, a new plan on its h1', async ({
  page,
}) => {
  await openPlan(page);
  const remove = page.getByRole('button', { name: 'Remove this plan from this device' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveText('Download a backup first');
  await page.keyboard.press('Escape');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, remove it from this device' }).focus();
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveText('Plan removed from this device');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Start a new plan');
  await page.keyboard.press('Enter');
  await expect(focused(page)).toHaveText('Our action plan');
});

const screening = LIBRARY.practices.find((p) => p.id === 'mandatory-screening')!;
const TITLES: Record<string, string | RegExp> = {
  '/': 'Agenda, Wednesday, June 10',
  '/day/2015-06-11': 'Agenda, Thursday, June 11',
  [`/session/${SESSION.id}`]: SESSION.title,
  '/my': 'My schedule',
  '/library': 'Practice library',
  '/library/practice/mandatory-screening': screening.title,
  '/library/jurisdiction/connecticut': /^Connecticut/,
  '/library/lesson/use-data': LIBRARY.lessons.find((l) => l.id === 'use-data')!.title,
  '/library/prevention': LIBRARY.prevention.title,
  '/library/search?q=screening': /^Search: screening \(\d+ results?\)/,
  '/plan': 'Our action plan',
  '/about': 'About this app',
  '/evaluate': 'Evaluate the convening',
};

test('every route has its own title: "<page> · <event short name>"', async ({ page }) => {
  const seen = new Set<string>();
  for (const route of ROUTES) {
    await page.goto(`${server.url}${route.path}`);
    await expectRouteContent(page, route);
    const want = TITLES[route.path];
    expect(want, `expected title for ${route.path}`).toBeDefined();
    const suffix = ` · ${eventShortName()}`;
    await expect(page).toHaveTitle(
      typeof want === 'string'
        ? `${want}${suffix}`
        : new RegExp(`${want!.source}.*${suffix.replace(/[.]/g, '\\.')}$`),
    );
    seen.add(await page.title());
  }
  expect(seen.size).toBe(ROUTES.length);
  // Leaving the library no longer keeps its title.
  await page.goto(`${server.url}/library/search?q=screening`);
  await expectRouteContent(
    page,
    ROUTES.find((r) => r.path.startsWith('/library/search'))!,
  );
  await activate(page, 'link', 'Our plan');
  await expect(page).toHaveTitle(`Our action plan · ${eventShortName()}`);
});

test('undo: Ctrl+Z after a move undoes the move and erases nothing', async ({ page }) => {
  const goal = await planWithTwoSteps(page);
  await goal.getByRole('button', { name: 'Move down, step 1.1' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepTexts(page)).toEqual(['S2', 'S1']);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => stepTexts(page)).toEqual(['S1', 'S2']);
  // The same from the page itself (where the browser's own undo used to erase "S1").
  await goal.getByRole('button', { name: 'Move down, step 1.1' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => stepTexts(page)).toEqual(['S2', 'S1']);
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await expect(page.locator('body')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => stepTexts(page)).toEqual(['S1', 'S2']);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => stepTexts(page)).toEqual(['S2', 'S1']);
});

test('the save status is announced at most twice while typing 20 characters', async ({ page }) => {
  await openPlan(page);
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  // Every change of text in any live region counts as one announcement.
  await page.evaluate(() => {
    const w = window as unknown as { announced: string[] };
    w.announced = [];
    const live = '[aria-live], [role="status"], [role="alert"], [role="log"]';
    const last = new Map<Element, string>();
    new MutationObserver((records) => {
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = node?.closest(live);
        if (!region) continue;
        const text = region.textContent?.trim() ?? '';
        if (text && last.get(region) !== text) w.announced.push(text);
        last.set(region, text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByLabel('Plan title').focus();
  await page.keyboard.type('Twenty characters ok', { delay: 60 });
  await expect(page.getByTestId('save-status')).toHaveText('Saved on this device');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { announced: string[] }).announced))
    .toContain('Saved on this device');
  const announced = await page.evaluate(
    () => (window as unknown as { announced: string[] }).announced,
  );
  expect(announced.length, announced.join(' | ')).toBeLessThanOrEqual(2);
});

test('accessible names start with the visible label (2.5.3)', async ({ page }) => {
  await openPlan(page);
  await expect(page.getByRole('button', { name: /^Move goal up\b/ }).first()).toBeVisible();
  await page.goto(`${server.url}/session/${SESSION.id}`);
  await activate(page, 'button', 'Save');
  // Stored on the device before leaving the page.
  await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
  await page.goto(`${server.url}/`);
  const saved = page.getByRole('button', { name: `Saved ${SESSION.title}` });
  await expect(saved).toHaveAttribute('aria-pressed', 'true');
  await expect(saved).toContainText('Saved');
  await page.goto(`${server.url}/organizer`);
  await page.getByLabel('Organizer credential').focus();
  await page.keyboard.type(ORGANIZER_TOKEN);
  await page.keyboard.press('Enter');
  const row = page.locator(`button[data-session-id="${SESSION.id}"]`);
  const shown = (await row.innerText()).replace(/\s+/g, ' ').trim();
  await expect(row).toHaveAccessibleName(new RegExp(`^${shown.replace(/[()]/g, '.')}`));
  // The room it shows (another test may have moved the session) is in the name.
  const room = (await row.locator('.org-room').textContent())!;
  await expect(row).toHaveAccessibleName(new RegExp(` ${room} `));
});

test('"Add a goal" is a few Tab presses from Plan title', async ({ page }) => {
  await openPlan(page);
  await page.getByLabel('Plan title').focus();
  let presses = 0;
  while (presses < 6) {
    await page.keyboard.press('Tab');
    presses++;
    if (/Add a goal/.test((await focused(page).textContent()) ?? '')) break;
  }
  await page.keyboard.press('Enter');
  presses++;
  await expect(page.getByRole('button', { name: 'Add a goal', exact: true })).toBeFocused();
  expect(presses).toBeLessThanOrEqual(5);
});

test('the "Ready to work offline" note never covers the focused control', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlan(page);
  const note = page.locator('.pwa-notices');
  await expect(note).toContainText('Ready to work offline', { timeout: 30_000 });
  // Keyboard through the controls that were under the note, while it is up.
  await page.getByLabel('Plan title').focus();
  for (let i = 0; i < 25 && (await note.textContent())?.includes('Ready'); i++) {
    await page.keyboard.press('Tab');
    const [f, n] = await Promise.all([focused(page).boundingBox(), note.boundingBox()]);
    if (!f || !n || n.height === 0) continue;
    const covered = f.y + f.height > n.y && f.y < n.y + n.height;
    expect(covered, `focus ${i + 1} is under the note`).toBe(false);
  }
});
