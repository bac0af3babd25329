/**
 * Joining a State team from the plan screen, as a member does: the code and
 * the member's name (issue 13 item 1). One helper for every spec, so the
 * join form can change in one place. Plus, for the specs and the bench that
 * drive one team plan in several browser contexts: create a team on the
 * endpoint, and open /plan in a new context that joins it.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { ORGANIZER_TOKEN } from './server';

export async function joinInPage(
  page: Page,
  code: string,
  name = 'Test Member',
  role?: string,
): Promise<void> {
  await page.getByLabel('Team join code').fill(code);
  // The name and role are asked once a code is typed.
  await page.getByLabel('Your name').fill(name);
  if (role) await page.getByLabel('Your role (optional)').fill(role);
  await page.getByRole('button', { name: 'Join team' }).click();
}

export async function createTeamCode(url: string, state = 'VA'): Promise<string> {
  const res = await fetch(`${url}/api/teams`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  });
  if (res.status !== 201) throw new Error(`create team: ${res.status}`);
  return ((await res.json()) as { joinCode: string }).joinCode;
}

/** A new browser context that joined the team (as `name`) and synced once. */
export async function joinedMember(
  browser: Browser,
  url: string,
  code: string,
  opts: { viewport?: { width: number; height: number }; name?: string; role?: string } = {},
): Promise<Page> {
  const context = await browser.newContext(opts.viewport ? { viewport: opts.viewport } : {});
  const page = await context.newPage();
  await page.goto(`${url}/plan`);
  await joinInPage(page, code, opts.name, opts.role);
  await expect(page.getByTestId('sync-status')).toContainText('Synced with team', {
    timeout: 15_000,
  });
  return page;
}
