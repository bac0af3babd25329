/**
 * Two-member helpers for the specs and the bench that drive a team plan in
 * several browser contexts: create a team on the endpoint, and open /plan in
 * a new context that joins it with the code.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { ORGANIZER_TOKEN } from './server';

export async function createTeamCode(url: string, state = 'VA'): Promise<string> {
  const res = await fetch(`${url}/api/teams`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  });
  if (res.status !== 201) throw new Error(`create team: ${res.status}`);
  return ((await res.json()) as { joinCode: string }).joinCode;
}

/** A new browser context that joined the team and synced once. */
export async function joinedMember(
  browser: Browser,
  url: string,
  code: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  await page.goto(`${url}/plan`);
  await page.getByLabel('Team join code').fill(code);
  await page.getByRole('button', { name: 'Join team' }).click();
  await expect(page.getByTestId('sync-status')).toContainText('Synced with team', {
    timeout: 15_000,
  });
  return page;
}
