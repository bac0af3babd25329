/**
 * The plan editor in real Chromium against the built app: nothing typed is
 * lost on reload, on a crashed tab, on a closed browser, or offline; two tabs
 * converge; the print view and its PDF hold the goals; an export imported
 * into another browser round-trips; the editor is axe clean.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config';
import { waitForServiceWorker } from './routes';
import { serverForFile } from './serverForFile';

const server = serverForFile();

async function openPlan(page: Page) {
  await page.goto(`${server.url}/plan`);
  await expect(page.getByRole('heading', { name: 'Our action plan' })).toBeVisible();
}

const title = (page: Page) => page.getByLabel('Plan title');
const saved = (page: Page) =>
  expect(page.getByTestId('save-status')).toHaveText('Saved on this device');

test('type, reload: the text is there', async ({ page }) => {
  await openPlan(page);
  await title(page).pressSequentially('Reload survives', { delay: 20 });
  await page.waitForTimeout(400);
  await page.reload();
  await expect(title(page)).toHaveValue('Reload survives');
});

test('type and reload at once, before the write could commit: the text is there', async ({
  page,
}) => {
  await openPlan(page);
  for (const text of ['At once', 'Again at once', 'Third time']) {
    await title(page).fill('');
    await saved(page);
    await title(page).pressSequentially(text, { delay: 5 });
    await page.reload();
    await expect(title(page)).toHaveValue(text);
    await saved(page);
  }
  // The unload copy is gone once its content is in IndexedDB.
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('convening-plan-unsaved:')),
    ),
  ).toEqual([]);
});

/**
 * A Chromium of our own (not Playwright's launcher) on a profile directory,
 * so the test can SIGKILL it the way a crash or a dying laptop would: no
 * pagehide, no unload, no orderly shutdown of IndexedDB.
 */
async function launchKillable(userDataDir: string) {
  const proc = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      ...chromiumArgs,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    // Its own process group, so a kill takes the renderers and helpers with
    // it, as a crash of the whole browser would (they would otherwise keep
    // writing to the profile and hold its lock).
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const ws = await new Promise<string>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${log}`)), 20_000);
    proc.stderr!.on('data', (b: Buffer) => {
      log += b.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0]!;
  const exited = new Promise<void>((r) => proc.on('exit', () => r()));
  return {
    context,
    kill: async () => {
      process.kill(-proc.pid!, 'SIGKILL');
      await exited;
    },
  };
}

for (const field of ['Plan title', 'Notes for the team'] as const) {
  test(`type into "${field}", the browser is killed 400 ms later, reopen: the text is there`, async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'plan-profile-'));
    try {
      const first = await launchKillable(userDataDir);
      const page = await first.context.newPage();
      await openPlan(page);
      const text = `Typed just before the kill (${field})`;
      await page.getByLabel(field, { exact: true }).pressSequentially(text, { delay: 5 });
      await page.waitForTimeout(400);
      await first.kill();
      const second = await launchKillable(userDataDir);
      const again = await second.context.newPage();
      await openPlan(again);
      await expect(again.getByLabel(field, { exact: true })).toHaveValue(text);
      await second.kill();
    } finally {
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  });
}

test('the browser closes and starts again: the text is there', async ({ playwright }) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'plan-profile-'));
  const launch = () =>
    playwright.chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    });
  try {
    let ctx = await launch();
    let page = await ctx.newPage();
    await openPlan(page);
    await title(page).pressSequentially('Closed lid', { delay: 10 });
    await page.waitForTimeout(400);
    await ctx.close();
    ctx = await launch();
    page = await ctx.newPage();
    await openPlan(page);
    await expect(title(page)).toHaveValue('Closed lid');
    await ctx.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

test('edit offline, reload offline: the edit is there', async ({ context, page }) => {
  await openPlan(page);
  await waitForServiceWorker(page);
  await page.reload();
  await expect(title(page)).toBeVisible();
  await context.setOffline(true);
  try {
    await title(page).fill('Written in airplane mode');
    await saved(page);
    await page.reload();
    await expect(title(page)).toHaveValue('Written in airplane mode');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  } finally {
    await context.setOffline(false);
  }
});

test('two tabs on one device converge', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openPlan(a);
  await openPlan(b);
  await title(a).fill('From tab A');
  await expect(title(b)).toHaveValue('From tab A');
  await b.getByLabel('Notes for the team').fill('Notes from tab B');
  await expect(a.getByLabel('Notes for the team')).toHaveValue('Notes from tab B');
  const goal1 = b.getByRole('region', { name: /Goal 1:/ });
  await goal1.getByRole('button', { name: 'Add an action step to goal 1' }).click();
  await goal1.getByLabel('Action step', { exact: true }).fill('Step added in B');
  await expect(a.getByLabel('Action step', { exact: true }).first()).toHaveValue('Step added in B');
  // After both reload they still agree (each tab's writes reached storage).
  await a.reload();
  await expect(title(a)).toHaveValue('From tab A');
  await expect(a.getByLabel('Notes for the team')).toHaveValue('Notes from tab B');
  await expect(a.getByLabel('Action step', { exact: true }).first()).toHaveValue('Step added in B');
});

test('print view and PDF contain the goals, one goal per page', async ({ page }) => {
  await openPlan(page);
  await title(page).fill('Printed plan');
  await page
    .getByRole('region', { name: /Goal 2:/ })
    .getByRole('button', { name: 'Add an action step to goal 2' })
    .click();
  await page
    .getByLabel('Action step', { exact: true })
    .first()
    .fill('Report to police within 24 hours');
  await saved(page);
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page).toHaveURL(/\/plan\/print$/);
  const goals = page.locator('.print-goal h2');
  await expect(goals.first()).toHaveText(/^Goal 1: Identify, document and serve/);
  await expect(page.getByRole('cell', { name: 'Report to police within 24 hours' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter' });
  const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
  try {
    writeFileSync(join(dir, 'plan.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-']).toString();
    expect(text).toContain('Printed plan');
    expect(text).toContain('Goal 1: Identify, document and serve');
    expect(text).toContain('Goal 9: Youth leaving care get their documents');
    expect(text).toContain('Report to police within 24 hours');
    const pages = text.split('\f').filter((p) => p.trim()).length;
    expect(pages).toBeGreaterThanOrEqual(10);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an export imported into another browser round-trips', async ({ browser, page }) => {
  await openPlan(page);
  await title(page).fill('Exported plan');
  await page
    .getByRole('region', { name: /Goal 3:/ })
    .getByRole('button', { name: 'Add an action step to goal 3' })
    .click();
  await page.getByLabel('Action step', { exact: true }).first().fill('Exported step');
  // A step's details are folded until "Details" (issue 15).
  await page.getByRole('button', { name: /^Details of step 3\.1/ }).click();
  await page.getByLabel('Status').first().selectOption('blocked');
  await saved(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.plan.title).toBe('Exported plan');

  const other = await browser.newContext();
  try {
    const p2 = await other.newPage();
    await openPlan(p2);
    await p2.getByLabel(/Import a plan/).setInputFiles(file);
    await expect(p2.getByRole('status').filter({ hasText: 'Imported and merged' })).toBeVisible();
    await expect(title(p2)).toHaveValue('Exported plan');
    await expect(p2.getByLabel('Action step', { exact: true }).first()).toHaveValue(
      'Exported step',
    );
    await expect(p2.getByRole('button', { name: /^Details of step 3\.1/ })).toContainText(
      'Blocked',
    );
    await p2.reload();
    await expect(p2.getByLabel('Action step', { exact: true }).first()).toHaveValue(
      'Exported step',
    );
  } finally {
    await other.close();
  }
});

test('the editor is axe clean', async ({ page }) => {
  await openPlan(page);
  await page
    .getByRole('region', { name: /Goal 1:/ })
    .getByRole('button', { name: 'Add an action step to goal 1' })
    .click();
  await page.getByRole('button', { name: 'Add a TA need' }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  await page.goto(`${server.url}/plan/print`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const print = await new AxeBuilder({ page }).analyze();
  expect(print.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});

test('"Use in our plan" attaches a library practice to a step', async ({ page }) => {
  await page.goto(`${server.url}/library/practice/mandatory-screening`);
  await page.getByRole('button', { name: 'Use in our plan' }).click();
  const picker = page.getByLabel('Action step', { exact: true });
  await picker.selectOption({ label: 'New step in goal 1' });
  await page.getByRole('button', { name: 'Attach' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /to a new step in goal 1/ }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Open the plan' }).click();
  const goal1 = page.getByRole('region', { name: /Goal 1:/ });
  await expect(goal1.getByRole('heading', { name: 'Step 1.1' })).toBeVisible();
  // The step's folded line counts it; its details list it as a link.
  const details = goal1.getByRole('button', { name: /^Details of step 1\.1/ });
  await expect(details).toContainText('1 practice');
  await details.click();
  const practice = goal1.getByRole('link').filter({ hasText: /screening/i });
  await expect(practice).toBeVisible();
  await practice.click();
  await expect(page).toHaveURL(/\/library\/practice\/mandatory-screening$/);
});

test('the editor is axe clean on a phone', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const page = await ctx.newPage();
    await openPlan(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.goto(`${server.url}/plan/print`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const print = await new AxeBuilder({ page }).analyze();
    expect(print.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  } finally {
    await ctx.close();
  }
});
