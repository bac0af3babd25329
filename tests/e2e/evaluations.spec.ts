/**
 * Session evaluations on a phone with no signal: an attendee rates two
 * sessions offline, comes back online, and the organizer's Evaluations tab
 * shows both, counted once.
 */
import { expect, test } from '@playwright/test';
import { SHIPPED_AGENDA } from '../../src/content/agenda';
import { waitForServiceWorker } from './routes';
import { ORGANIZER_TOKEN } from './server';
import { serverForFile } from './serverForFile';

const server = serverForFile();

test('ratings given offline reach the organizer once the phone is back online', async ({
  browser,
}) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  // Pinned during the first morning, after both sessions started.
  await page.goto(`${server.url}/?now=2015-06-10T10:00`);
  await waitForServiceWorker(page);
  await phone.setOffline(true);

  const rate = async (sessionId: string, rating: string, comment: string) => {
    await page.goto(`${server.url}/session/${sessionId}`);
    const main = page.getByRole('main');
    await main.getByRole('radio', { name: rating, exact: true }).check();
    await main.getByRole('textbox', { name: 'Comment (optional)' }).fill(comment);
    await main.getByRole('button', { name: 'Save my rating' }).click();
    await expect(main.getByRole('status').filter({ hasText: 'Saved on this device' })).toHaveText(
      'Saved on this device; it will be sent when you are back online.',
    );
  };
  await rate('d1-welcome', '4', 'A clear start');
  await rate('d1-the-act', '5 (very useful)', 'The mandates, one by one');

  await phone.setOffline(false);
  await expect(
    page.getByRole('main').getByRole('status').filter({ hasText: 'sent to the organizers' }),
  ).toHaveText('Saved and sent to the organizers.', { timeout: 15_000 });

  const desk = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const org = await desk.newPage();
  await org.goto(`${server.url}/organizer`);
  await org.getByLabel('Organizer credential').fill(ORGANIZER_TOKEN);
  await org.getByRole('button', { name: 'Sign in' }).click();
  await org.getByRole('link', { name: 'Evaluations' }).click();
  const table = org.getByRole('table', { name: 'Session evaluations' });
  const welcome = table.getByRole('row').filter({ hasText: 'Welcome from the hosts' });
  await expect(welcome.getByRole('cell')).toHaveText([
    /Welcome from the hosts/,
    '1',
    '4.00',
    '1: 0, 2: 0, 3: 0, 4: 1, 5: 0',
    'A clear start',
  ]);
  const act = table.getByRole('row').filter({ hasText: 'What the Act asks of States' });
  await expect(act.getByRole('cell').nth(2)).toHaveText('5.00');
  await expect(
    org.getByText(
      `2 session ratings for 2 sessions; none yet for ${SHIPPED_AGENDA.sessions.length - 2} sessions.`,
    ),
  ).toBeVisible();
  await phone.close();
  await desk.close();
});
