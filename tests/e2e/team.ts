/**
 * Joining a State team from the plan screen, as a member does: the code and
 * the member's name (issue 13 item 1). One helper for every spec, so the
 * join form can change in one place.
 */
import type { Page } from '@playwright/test';

export async function joinInPage(page: Page, code: string, name = 'Test Member'): Promise<void> {
  await page.getByLabel('Team join code').fill(code);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join team' }).click();
}
