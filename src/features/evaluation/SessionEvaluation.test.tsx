/**
 * Rating a session: offered from its start (event time), stored on the
 * device first, kept unsent while the endpoint cannot be reached, and
 * changed in place (same id) rather than given twice.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { renderAt, resetAgendaState, seedAgenda } from '../agenda/testUtils';

beforeEach(async () => {
  await resetAgendaState();
  await seedAgenda();
  // No endpoint: every send fails as it would with no signal.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('offline'))),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Rate this session', () => {
  it('says when rating opens before the session starts', async () => {
    renderAt('/session/prevent', 'now=2015-06-10T10:00');
    expect(
      await screen.findByText(
        /You can rate this session once it starts \(Wed 10:15 AM, event time\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('stores a rating on the device, keeps it unsent offline, and changes it in place', async () => {
    const user = userEvent.setup();
    renderAt('/session/prevent', 'now=2015-06-10T10:20');
    const group = await screen.findByRole('group', {
      name: 'How useful was this session for you?',
    });
    expect(group).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save my rating' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a rating from 1 to 5 first.');

    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Comment (optional)' }),
      'Useful screening tools',
    );
    await user.click(screen.getByRole('button', { name: 'Save my rating' }));
    await waitFor(async () => expect(await db.evaluations.count()).toBe(1));
    const first = (await db.evaluations.toArray())[0]!;
    expect(first).toMatchObject({
      target: 'prevent',
      rating: 4,
      comment: 'Useful screening tools',
      sent: 0,
    });
    expect(await screen.findByRole('button', { name: 'Update my rating' })).toBeInTheDocument();
    expect(screen.getByText(/Saved on this device/)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '5 (very useful)' }));
    await user.click(screen.getByRole('button', { name: 'Update my rating' }));
    await waitFor(async () => expect((await db.evaluations.get(first.id))?.rating).toBe(5));
    expect(await db.evaluations.count()).toBe(1);
    expect(fetch).toHaveBeenCalled();
  });
});
