import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED_AGENDA } from '../../content/agenda';
import { useAppStore } from '../../app/store';
import { db } from '../../db/db';
import { sortSessions } from '../../domain/agendaConstants';
import { formatEventTime } from '../../domain/clock';
import { CLOCK_PIN_KEY } from './useEventClock';
import { renderAt, resetAgendaState, seedAgenda } from './testUtils';

beforeEach(resetAgendaState);

/** The session links of the day list (under the day heading). */
async function dayList() {
  const heading = await screen.findByRole('heading', { level: 2, name: /June 1[01]$/ });
  return within(heading.closest('section')!);
}

describe('agenda list', () => {
  it('shows the shipped agenda at once, before anything is stored, start time read first', async () => {
    renderAt('/');
    const list = await dayList();
    const first = sortSessions(SHIPPED_AGENDA.sessions).find((s) =>
      s.start.startsWith('2015-06-10'),
    )!;
    const links = list.getAllByRole('link');
    expect(links[0]).toHaveAccessibleName(
      new RegExp(`^${formatEventTime(first.start)} to .*${first.title.replace(/[()]/g, '.')}`),
    );
    expect(screen.getByText(/copy that came with the app/i)).toBeInTheDocument();
    expect(screen.getAllByText(/Illustrative agenda/).length).toBeGreaterThan(0);
  });

  it('renders the stored agenda: day heading, sessions as list items, cancelled marked in text', async () => {
    await seedAgenda();
    renderAt('/day/2015-06-11');
    expect(await screen.findByRole('heading', { name: 'Thursday, June 11' })).toBeInTheDocument();
    const list = await dayList();
    await waitFor(() => expect(list.getAllByRole('listitem')).toHaveLength(2));
    const cancelled = list.getByRole('link', { name: /Courts, law enforcement and data/ });
    expect(cancelled).toHaveAccessibleName(
      '9:00 AM to 10:30 AM Cancelled: Courts, law enforcement and data Main Hall · Plenary',
    );
  });

  it('switches days with the day tabs, marking the current one', async () => {
    await seedAgenda();
    const user = userEvent.setup();
    renderAt('/');
    await screen.findByRole('link', { name: /Prevention breakout/ }); // the stored agenda is shown
    // Real time is long after the event: the agenda opens on day 1.
    expect(await screen.findByRole('heading', { name: 'Wednesday, June 10' })).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Event days' });
    expect(within(tabs).getByRole('link', { name: 'Wed, June 10' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(tabs).getByRole('link', { name: 'Thu, June 11' }));
    expect(await screen.findByRole('heading', { name: 'Thursday, June 11' })).toBeInTheDocument();
    const tabsNow = screen.getByRole('navigation', { name: 'Event days' });
    expect(within(tabsNow).getByRole('link', { name: 'Thu, June 11' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(tabsNow).getByRole('link', { name: 'Wed, June 10' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(await screen.findByRole('link', { name: /State team planning/ })).toBeInTheDocument();
  });

  it(
    'searches both days, forgives a typo, and keeps search and filters in the address',
    {
      timeout: 20_000,
    },
    async () => {
      await seedAgenda();
      const user = userEvent.setup();
      const { location } = renderAt('/day/2015-06-10', 'now=2015-06-10T10:15');
      await waitFor(async () => expect((await dayList()).getAllByRole('listitem')).toHaveLength(4));
      const status = screen.getByText(/sessions on Wednesday, June 10/);
      expect(status).toHaveAttribute('aria-live', 'polite');

      // "plenry" (a typo) finds the plenary sessions of both days.
      await user.type(screen.getByLabelText('Search the agenda'), 'plenry');
      await waitFor(() => expect(status).toHaveTextContent('2 sessions match across 2 days.'));
      expect(screen.getByRole('heading', { level: 2, name: 'Wednesday, June 10' })).toBeVisible();
      expect(screen.getByRole('heading', { level: 2, name: 'Thursday, June 11' })).toBeVisible();
      expect(screen.getByRole('link', { name: /Welcome/ })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: /Courts, law enforcement/ })).toBeInTheDocument();
      const search = () => new URLSearchParams(location.history.at(-1)!.split('?')[1]);
      expect(search().get('q')).toBe('plenry');
      // The pinned clock stays in the address beside the search.
      expect(search().get('now')).toBe('2015-06-10T10:15');
      expect(
        screen.getByRole('link', { name: 'Search the library too for “plenry”' }),
      ).toHaveAttribute('href', '/library/search?q=plenry');

      await user.click(screen.getByRole('button', { name: 'Clear filters' }));
      expect(search().get('q')).toBeNull();
      // The filters are folded until asked for.
      const more = screen.getByText('Filters').closest('details')!;
      expect(more).not.toHaveAttribute('open');
      await user.click(screen.getByText('Filters'));
      await user.selectOptions(screen.getByLabelText('Room'), 'Room A');
      expect(search().get('room')).toBe('Room A');
      expect(status).toHaveTextContent('1 session matches across 2 days.');
      expect(screen.getByText('Filters (1 on)')).toBeInTheDocument();
    },
  );

  it('reads search and filters from the address (a shared link, a reload)', async () => {
    await seedAgenda();
    renderAt('/day/2015-06-10', 'kind=breakout&q=screening');
    expect(await screen.findByLabelText('Search the agenda')).toHaveValue('screening');
    expect(screen.getByLabelText('Kind')).toHaveValue('breakout');
    expect(screen.getByText('Filters (1 on)').closest('details')).toHaveAttribute('open');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
        '1 session matches across 2 days.',
      ),
    );
  });

  it('toggles a bookmark, keeps it in Dexie and shows it in my schedule', async () => {
    await seedAgenda();
    const user = userEvent.setup();
    const { unmount } = renderAt('/day/2015-06-10');
    const save = await screen.findByRole('button', { name: 'Save Prevention breakout' });
    expect(save).toHaveAttribute('aria-pressed', 'false');
    await user.click(save);
    await waitFor(() => expect(save).toHaveAttribute('aria-pressed', 'true'));
    expect(await db.bookmarks.get('prevent')).toMatchObject({ sessionId: 'prevent' });
    unmount();

    renderAt('/my');
    expect(await screen.findByRole('heading', { name: 'Wednesday, June 10' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Prevention breakout/ })).toBeInTheDocument();
    // Saved: the name starts with the word the button shows.
    await user.click(screen.getByRole('button', { name: 'Saved Prevention breakout' }));
    await waitFor(async () => expect(await db.bookmarks.count()).toBe(0));
    expect(await screen.findByText(/You have not saved any sessions yet/)).toBeInTheDocument();
  });
});

describe('now / next and the pinned clock', () => {
  it('shows now and next at a pinned time, remembers the pin, and clears it', async () => {
    await seedAgenda();
    const user = userEvent.setup();
    renderAt('/', 'now=2015-06-10T10:15');
    const panel = (await screen.findByRole('heading', { name: 'Now and next' })).closest(
      'section',
    )!;
    const p = within(panel);
    expect(await p.findByRole('heading', { name: /^Now · Wed 10:15 AM/ })).toBeInTheDocument();
    // The shipped agenda shows until the seeded copy is read from Dexie.
    expect(await p.findByRole('link', { name: /Prevention breakout/ })).toBeInTheDocument();
    expect(p.getByRole('link', { name: /Identification breakout/ })).toBeInTheDocument();
    expect(p.getByRole('heading', { name: /^Next · 12:00 PM/ })).toBeInTheDocument();
    expect(p.getByRole('link', { name: /Lunch/ })).toBeInTheDocument();
    expect(p.getByText(/Clock pinned to Wed 10:15 AM/)).toBeInTheDocument();
    await waitFor(() => expect(sessionStorage.getItem(CLOCK_PIN_KEY)).toBe('2015-06-10T10:15'));

    await user.click(p.getByRole('button', { name: 'Use real time' }));
    expect(sessionStorage.getItem(CLOCK_PIN_KEY)).toBeNull();
    expect(
      await screen.findByText(/The convening ran in Washington, D.C., June 10–11, 2015\./),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Clock pinned/)).toBeNull();
  });

  it('uses a pin remembered for the session and opens on that event day', async () => {
    await seedAgenda();
    sessionStorage.setItem(CLOCK_PIN_KEY, '2015-06-11T11:30');
    renderAt('/');
    expect(await screen.findByRole('heading', { name: 'Thursday, June 11' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Now · Thu 11:30 AM/ })).toBeInTheDocument();
    expect(
      await screen.findByText('Nothing more on the agenda. Thank you for coming.'),
    ).toBeVisible();
  });

  it('ignores a bad pin with a visible note and keeps working', async () => {
    renderAt('/', 'now=yesterday');
    expect(await screen.findByText(/The clock pin “yesterday” was ignored/)).toBeInTheDocument();
    expect(
      screen.getByText(/The convening ran in Washington, D.C., June 10–11, 2015\./),
    ).toBeInTheDocument();
    expect(sessionStorage.getItem(CLOCK_PIN_KEY)).toBeNull();
  });
});

describe('where I should be: now/next for me, the day list, jump to now', () => {
  it('puts my session first among parallel ones, with its room, and folds the others', async () => {
    await seedAgenda();
    await db.bookmarks.put({ sessionId: 'identify', addedAt: 1 });
    renderAt('/', 'now=2015-06-10T10:20');
    const panel = within(
      (await screen.findByRole('heading', { name: 'Now and next' })).closest('section')!,
    );
    const mine = await panel.findByText(/in my schedule/);
    const item = mine.closest('li')!;
    expect(item).toHaveTextContent('Identification breakout');
    expect(item).toHaveTextContent('Room B · until 11:30 AM · ★ Saved in my schedule');
    const others = panel.getByText('1 other session now').closest('details')!;
    expect(others).not.toHaveAttribute('open');
    expect(within(others).getByRole('link', { name: 'Prevention breakout' })).toBeInTheDocument();
    // Without a bookmark among them, every parallel session shows alike.
    await db.bookmarks.clear();
    await waitFor(() => expect(panel.queryByText(/other session now/)).toBeNull());
  });

  it('marks the session under way and dims those over, on the pinned clock', async () => {
    await seedAgenda();
    renderAt('/day/2015-06-10', 'now=2015-06-10T10:20');
    const list = await dayList();
    const item = (name: RegExp) => list.getByRole('link', { name }).closest('li')!;
    await waitFor(() => expect(item(/Prevention breakout/)).toHaveClass('is-now'));
    expect(item(/Prevention breakout/)).toHaveTextContent(/^Now/);
    expect(item(/Welcome/)).toHaveClass('is-past');
    expect(item(/Lunch/)).not.toHaveClass('is-past');
    expect(item(/Lunch/)).not.toHaveClass('is-now');
  });

  it('marks nothing outside the event days', async () => {
    await seedAgenda();
    renderAt('/day/2015-06-10', 'now=2015-06-20T10:20');
    const list = await dayList();
    expect(list.getByRole('link', { name: /Welcome/ }).closest('li')).not.toHaveClass('is-past');
    expect(screen.queryByRole('button', { name: 'Jump to now' })).toBeNull();
  });

  it('"Jump to now" scrolls the session under way into view and focuses it', async () => {
    await seedAgenda();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const user = userEvent.setup();
    // From the other day: it changes day first.
    renderAt('/day/2015-06-11', 'now=2015-06-10T10:20');
    await user.click(await screen.findByRole('button', { name: 'Jump to now' }));
    await waitFor(() => expect(scrolled).toHaveLength(1));
    expect(scrolled[0]).toHaveTextContent('Identification breakout');
    expect(document.activeElement).toHaveTextContent('Identification breakout');
  });
});

describe('freshness line', () => {
  it('says offline and that this is the saved copy', async () => {
    await seedAgenda(undefined, Date.now());
    useAppStore.setState({ online: false });
    renderAt('/');
    expect(
      await screen.findByText('Offline — showing the copy saved on this device.'),
    ).toBeInTheDocument();
  });
  it('says when the device last checked with the endpoint', async () => {
    await seedAgenda(undefined, Date.now());
    renderAt('/');
    expect(await screen.findByText(/^Checked \d{1,2}:\d{2} [AP]M\.$/)).toBeInTheDocument();
    expect(screen.getByText(/Updated/)).toHaveTextContent(/Jun 1, 2015, 10:00 AM/);
  });
  it('reads "checked" on the pinned clock, in event time, when the clock is pinned', async () => {
    // Checked 90 s ago (real time) reads that long before the pinned 10:15.
    await seedAgenda(undefined, Date.now() - 90_000);
    renderAt('/', 'now=2015-06-10T10:15');
    expect(await screen.findByText('Checked 10:13 AM.')).toBeInTheDocument();
  });
  it('reports an unreachable endpoint while online', async () => {
    useAppStore.setState({ agendaRefreshProblem: 'Could not reach the agenda service' });
    renderAt('/');
    expect(
      await screen.findByText(
        'Could not reach the agenda service — showing the copy saved on this device.',
      ),
    ).toBeInTheDocument();
  });
});

describe('unknown addresses', () => {
  it('explains a day that is not an event day', async () => {
    renderAt('/day/2015-06-12');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/The event days are June 10 and 11, 2015/)).toBeInTheDocument();
  });
});
