/**
 * Plan submission end to end: a team member on a phone submits the plan
 * while offline (it waits, and says so), the submission goes once the phone
 * is back online, and the organizer opens the State's submitted plan (not
 * the later draft edits) and prints it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addStep, createPlanDoc, goalsArray, titleText } from '../../src/domain/plan';
import { toBase64 } from '../../src/domain/base64';
import { ORGANIZER_TOKEN } from './server';
import { serverForFile } from './serverForFile';
import { joinInPage } from './team';

const server = serverForFile();

async function createTeam(state: string): Promise<{ id: string; joinCode: string }> {
  const res = await fetch(`${server.url}/api/teams`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  });
  return (await res.json()) as { id: string; joinCode: string };
}

/** Names this device's member (the join form does not ask yet): the credential from IndexedDB. */
async function nameMember(page: Page, teamId: string, name: string) {
  const status = await page.evaluate(
    async ({ teamId, name }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('convening');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const rows = await new Promise<{ teamId?: string; credential?: string }[]>((resolve) => {
        const req = db.transaction('plans').objectStore('plans').getAll();
        req.onsuccess = () => resolve(req.result as { teamId?: string; credential?: string }[]);
      });
      const credential = rows.find((r) => r.teamId === teamId)?.credential;
      const res = await fetch(`/api/plans/${teamId}/members/me`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      return res.status;
    },
    { teamId, name },
  );
  expect(status).toBe(200);
}

async function submitThroughApi(state: string, title: string) {
  const other = await createTeam(state);
  const joined = (await (
    await fetch(`${server.url}/api/teams/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: other.joinCode, name: 'Olu Ade' }),
    })
  ).json()) as { teamId: string; credential: string };
  const doc = createPlanDoc();
  titleText(doc).insert(0, title);
  addStep(doc, goalsArray(doc).get(0).get('id') as string, { text: 'Train caseworkers' });
  const res = await fetch(`${server.url}/api/plans/${joined.teamId}/submissions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${joined.credential}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      id: `e2e-${state}-submission-01`,
      update: toBase64(Y.encodeStateAsUpdate(doc)),
    }),
  });
  expect(res.status).toBe(201);
}

async function pdfText(page: Page): Promise<string> {
  const pdf = await page.pdf({ format: 'Letter' });
  const dir = mkdtempSync(join(tmpdir(), 'submission-pdf-'));
  try {
    writeFileSync(join(dir, 'plan.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-']).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a member submits offline from a phone; the organizer opens and prints the plan', async ({
  browser,
}) => {
  const team = await createTeam('VA');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto(`${server.url}/plan`);
  await joinInPage(page, team.joinCode, 'Ana Ruiz');
  await expect(page.getByTestId('sync-status')).toContainText('Synced with team', {
    timeout: 15_000,
  });
  await nameMember(page, team.id, 'Ana Ruiz');
  // Another State submits too (through the API), so the report has two sections.
  await submitThroughApi('OH', 'Ohio action plan');
  await page.getByLabel('Plan title').fill('Virginia action plan');
  await page.getByLabel('Notes for the team').fill('The version we agreed on.');

  // No signal: the submission is queued on the phone and the screen says so.
  await phone.setOffline(true);
  const submit = page.getByRole('region', { name: 'Submit to organizers' });
  await submit.getByRole('button', { name: 'Submit to organizers' }).click();
  const confirm = submit.getByRole('group', { name: 'Submit this plan to the organizers?' });
  await expect(confirm).toContainText('Virginia action plan');
  await expect(confirm).toContainText('never children or families');
  await expect(confirm.getByRole('heading')).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('.submit-plan').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await confirm.getByRole('button', { name: 'Submit this plan' }).click();
  const status = page.getByTestId('submission-status');
  await expect(status).toHaveText('Submission waiting to be sent (offline).');
  await expect(status).toBeFocused();

  // Back online: sent with the next sync, once.
  await phone.setOffline(false);
  await expect(status).toHaveText(
    /^Submitted at \d{1,2}:\d\d [AP]M by Ana Ruiz; no changes since\.$/,
    {
      timeout: 20_000,
    },
  );
  // A draft edit after submitting counts as a change, and is not what organizers see.
  await page.getByLabel('Notes for the team').fill('A draft edit after submitting.');
  await expect(status).toHaveText(/; 1 change since\.$/);
  await expect(page.getByTestId('sync-status')).toContainText('Synced with team', {
    timeout: 15_000,
  });
  const listed = (await (
    await fetch(`${server.url}/api/submissions`, {
      headers: { authorization: `Bearer ${ORGANIZER_TOKEN}` },
    })
  ).json()) as { teams: { teamId: string; submissions: unknown[] }[] };
  expect(listed.teams.find((t) => t.teamId === team.id)!.submissions).toHaveLength(1);

  const desk = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const org = await desk.newPage();
  await org.goto(`${server.url}/organizer`);
  await org.getByLabel('Organizer credential').fill(ORGANIZER_TOKEN);
  await org.getByRole('button', { name: 'Sign in' }).click();
  await org.getByRole('link', { name: 'State plans' }).click();
  await expect(org.getByRole('heading', { level: 1, name: 'State plans' })).toBeVisible();
  const card = org.getByRole('listitem').filter({ hasText: 'Virginia' });
  await expect(card).toContainText('by Ana Ruiz');
  await expect(card).toContainText('Mandates with no step yet');
  await card.getByRole('link', { name: /Open the submitted plan/ }).click();
  await expect(org.getByRole('heading', { level: 1, name: 'Virginia action plan' })).toBeVisible();
  await expect(org.getByText('The version we agreed on.')).toBeVisible();
  await expect(org.getByText('A draft edit after submitting.')).toHaveCount(0);

  await org.emulateMedia({ media: 'print' });
  await expect(org.getByRole('navigation', { name: 'Organizer' })).toBeHidden();
  await expect(org.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const text = await pdfText(org);
  expect(text).toContain('Virginia action plan');
  expect(text).toContain('by Ana Ruiz');
  expect(text).toContain('Goal 1: Identify, document and serve');
  expect(text).toContain('The version we agreed on.');
  expect(text).not.toContain('A draft edit after submitting.');
  expect(text).not.toContain('Download Markdown');

  // The report of all submitted plans: a State per section, each on a new page.
  await org.emulateMedia({ media: 'screen' });
  await org.getByRole('link', { name: 'Back to State plans' }).click();
  await org.getByRole('link', { name: 'Printable report of all submitted plans' }).click();
  await expect(org.getByRole('heading', { level: 2, name: 'Virginia action plan' })).toBeVisible();
  await org.emulateMedia({ media: 'print' });
  const pages = (await pdfText(org)).split('\f').map((p) => p.trim());
  const ohio = pages.findIndex((p) => p.includes('Ohio action plan'));
  const virginia = pages.findIndex((p) => p.includes('Virginia action plan'));
  expect(ohio).toBeGreaterThanOrEqual(0);
  expect(virginia).toBeGreaterThan(ohio);
  expect(pages[virginia]!.startsWith('Virginia action plan')).toBe(true);

  // A teammate's device learns who submitted, and counts the changes since.
  const laptop = await browser.newContext();
  const mate = await laptop.newPage();
  await mate.goto(`${server.url}/plan`);
  await joinInPage(mate, team.joinCode, 'Ben Okafor');
  await expect(mate.getByTestId('submission-status')).toHaveText(
    /^Submitted at \d{1,2}:\d\d [AP]M by Ana Ruiz; 1 change since\.$/,
    { timeout: 20_000 },
  );
  await laptop.close();
  await phone.close();
  await desk.close();
});
