import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ICAL from 'ical.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY } from '../../content/library';
import { addBookmark } from '../../db/bookmarks';
import { db } from '../../db/db';
import { FIXTURE_AGENDA } from './testFixture';
import { renderAt, resetAgendaState, seedAgenda } from './testUtils';

// The detail and schedule screens are lazy chunks: load them once up front so
// the first test does not spend its wait on module loading.
beforeAll(async () => {
  await Promise.all([import('./SessionScreen'), import('./MySchedule')]);
});

beforeEach(async () => {
  await resetAgendaState();
  await seedAgenda();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('session detail', () => {
  it('shows time, day, room, kind, focus areas, speakers by role, description and practices', async () => {
    renderAt('/session/prevent');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Prevention breakout' }),
    ).toBeVisible();
    const facts = screen.getByText('When').closest('dl')!;
    expect(facts).toHaveTextContent('Wednesday, June 10, 10:15 AM to 11:30 AM');
    expect(facts).toHaveTextContent('Room A');
    expect(facts).toHaveTextContent('Breakout');
    expect(facts).toHaveTextContent('Focus areas' + 'Prevention');
    const speakers = screen
      .getByRole('heading', { name: 'Speakers and moderators' })
      .closest('section')!;
    expect(within(speakers).getByText('Moderators').nextElementSibling).toHaveTextContent(
      'State child welfare director',
    );
    expect(within(speakers).getByText('Panelists').nextElementSibling).toHaveTextContent(
      'Survivor leader',
    );
    expect(screen.getByText(/Risk factors; protective factors/)).toBeVisible();
    const practice = LIBRARY.practices.find((p) => p.id === 'broad-coalition')!;
    expect(
      screen.getByRole('link', { name: `Practice ${practice.number}: ${practice.title}` }),
    ).toHaveAttribute('href', '/library/practice/broad-coalition');
    expect(screen.getByText(/Illustrative agenda/)).toBeVisible();
  });

  it('links to the library places the session names (the reverse of place → session)', async () => {
    await seedAgenda({
      ...FIXTURE_AGENDA,
      sessions: FIXTURE_AGENDA.sessions.map((s) =>
        s.id === 'identify'
          ? { ...s, description: 'Drawing on the Connecticut and Multnomah County examples.' }
          : s,
      ),
    });
    renderAt('/session/identify');
    const places = (await screen.findByRole('heading', { name: 'Places discussed' })).closest(
      'section',
    )!;
    expect(
      within(places).getByRole('link', { name: 'Multnomah County: its examples in the library' }),
    ).toHaveAttribute('href', '/library/jurisdiction/multnomah-county');
    expect(
      within(places)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Connecticut: its examples in the library',
      'Multnomah County: its examples in the library',
    ]);
  });

  it('bookmarks from the detail page', async () => {
    const user = userEvent.setup();
    renderAt('/session/identify');
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Saved' })).toBeVisible();
    expect(await db.bookmarks.get('identify')).toBeTruthy();
  });

  it('marks a cancelled session in words', async () => {
    renderAt('/session/courts');
    expect(await screen.findByText('The organizers have cancelled this session.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Cancelled: Courts, law enforcement and data',
    );
  });

  it('says so when the session does not exist', async () => {
    renderAt('/session/nope');
    expect(await screen.findByRole('heading', { name: 'Session not found' })).toBeVisible();
  });
});

describe('my schedule', () => {
  it('lists bookmarks by day and warns about overlaps', async () => {
    await addBookmark('prevent');
    await addBookmark('identify');
    await addBookmark('team-2');
    renderAt('/my');
    expect(await screen.findByText('Two of your sessions overlap.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Wednesday, June 10' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Thursday, June 11' })).toBeVisible();
    expect(screen.getByText(/Clashes with Identification breakout/)).toBeVisible();
    expect(screen.getByText(/Clashes with Prevention breakout/)).toBeVisible();
  });

  it('shows no overlap warning when the sessions do not clash', async () => {
    await addBookmark('prevent');
    await addBookmark('lunch');
    renderAt('/my');
    expect(await screen.findByRole('link', { name: /Lunch/ })).toBeVisible();
    expect(screen.queryByText(/overlap/i)).toBeNull();
  });

  it('exports the bookmarked sessions as an .ics file', async () => {
    await addBookmark('welcome');
    await addBookmark('courts');
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    const user = userEvent.setup();
    renderAt('/my');
    await user.click(await screen.findByRole('button', { name: 'Export to calendar (.ics)' }));
    expect(clicked[0]?.download).toBe('convening-my-schedule.ics');
    expect(clicked[0]?.href).toBe('blob:test');
    const text = await blobs[0]!.text();
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'welcome@convening-companion',
      'courts@convening-companion',
    ]);
    expect(events[1]!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('offers to forget bookmarks of sessions no longer on the agenda', async () => {
    await addBookmark('gone-session');
    const user = userEvent.setup();
    renderAt('/my');
    expect(await screen.findByText(/One saved session is no longer on the agenda/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Forget it' }));
    await waitFor(async () => expect(await db.bookmarks.count()).toBe(0));
  });
});
