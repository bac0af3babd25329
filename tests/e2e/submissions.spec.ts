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
import { ORGANIZER_TOKEN, removeDataDir, startServer, type RunningServer } from './server';

let server: RunningServer;
test.beforeAll(async () => {
  server = await startServer();
});
test.afterAll(async () => {
  await server.stop();
  removeDataDir(server.dataDir);
});

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

test('a member submits offline from a phone; the organizer opens and prints the plan', async ({
  browser,
}) => {
  const team = await createTeam('VA');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await page.goto(`${server.url}/plan`);
  await page.getByLabel('Team join code').fill(team.joinCode);
  await page.getByRole('button', { name: 'Join team' }).click();
  await expect(page.getByTestId('sync-status')).toContainText('Synced with team', {
    timeout: 15_000,
  });
  await nameMember(page, team.id, 'Ana Ruiz');
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
  const pdf = await org.pdf({ format: 'Letter' });
  const dir = mkdtempSync(join(tmpdir(), 'submission-pdf-'));
  try {
    writeFileSync(join(dir, 'plan.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'plan.pdf'), '-']).toString();
    expect(text).toContain('Virginia action plan');
    expect(text).toContain('by Ana Ruiz');
    expect(text).toContain('Goal 1: Identify, document and serve');
    expect(text).toContain('The version we agreed on.');
    expect(text).not.toContain('A draft edit after submitting.');
    expect(text).not.toContain('Download Markdown');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await phone.close();
  await desk.close();
});
