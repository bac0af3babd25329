// The change banner: combined changes since the last "Got it", bookmarked
// sessions first, dismissal that persists; and the session page marker.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db/db';
import { AGENDA_SEEN_KEY, initAgendaSeen } from '../../../db/agendaSeen';
import type { Agenda, Session } from '../../../domain/agenda';
import { FIXTURE_AGENDA } from '../testFixture';
import { renderAt, resetAgendaState } from '../testUtils';
import { AgendaChangeBanner } from './AgendaChangeBanner';
import { SessionChangeMarker } from './SessionChangeMarker';

const v2: Agenda = { ...FIXTURE_AGENDA, version: 2 };

function publish(from: Agenda, version: number, edit: (s: Session) => Session): Agenda {
  return { ...from, version, sessions: from.sessions.map(edit) };
}

async function setCurrent(agenda: Agenda) {
  await db.agenda.put({ id: 'current', agenda, origin: 'endpoint', etag: `"${agenda.version}"` });
}

beforeEach(async () => {
  await resetAgendaState();
});

describe('AgendaChangeBanner', () => {
  it('shows nothing for the first agenda a device receives (it becomes the baseline)', async () => {
    await setCurrent(v2);
    render(<AgendaChangeBanner />);
    await waitFor(async () => expect(await db.meta.get(AGENDA_SEEN_KEY)).toBeDefined());
    expect(screen.queryByText(/The agenda changed/)).toBeNull();
  });

  it('lists the combined change of several versions, bookmarked sessions first', async () => {
    await initAgendaSeen(v2);
    const v3 = publish(v2, 3, (s) => (s.id === 'prevent' ? { ...s, room: 'Main hall' } : s));
    const v4 = publish(v3, 4, (s) =>
      s.id === 'prevent'
        ? { ...s, room: 'Grand ballroom' }
        : s.id === 'identify'
          ? { ...s, cancelled: true }
          : s,
    );
    await db.bookmarks.put({ sessionId: 'prevent', addedAt: 1 });
    await setCurrent(v4);
    render(<AgendaChangeBanner />);

    const banner = await screen.findByRole('region', { name: /The agenda changed/ });
    const items = within(banner)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.kinds);
    expect(items.map((li) => li.dataset.kinds)).toEqual(['moved', 'cancelled']);
    expect(items[0]).toHaveTextContent('Prevention breakout');
    expect(items[0]).toHaveTextContent('In my schedule');
    // One move from the original room to the final one, not two.
    expect(items[0]).toHaveTextContent('Moved from Room A to Grand ballroom');
    expect(items[1]).toHaveTextContent('Cancelled');
    expect(banner).toHaveTextContent('2 sessions, 1 in my schedule');
  });

  it('"Got it" hides the banner and stays dismissed after a fresh render', async () => {
    await initAgendaSeen(v2);
    await setCurrent(
      publish(v2, 3, (s) => (s.id === 'lunch' ? { ...s, end: '2015-06-10T13:30' } : s)),
    );
    const first = render(<AgendaChangeBanner />);
    await userEvent.click(await screen.findByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByText(/The agenda changed/)).toBeNull());
    expect(((await db.meta.get(AGENDA_SEEN_KEY))?.value as { agenda: Agenda }).agenda.version).toBe(
      3,
    );
    first.unmount();
    render(<AgendaChangeBanner />);
    // Give the live query time to answer; nothing must appear.
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.queryByText(/The agenda changed/)).toBeNull();
  });

  it('renders organizer-typed markup as literal text', async () => {
    await initAgendaSeen(v2);
    const evil = '<img src=x onerror=alert(1)>';
    await setCurrent(
      publish(v2, 3, (s) =>
        s.id === 'lunch' ? { ...s, title: evil, room: '<script>alert(1)</script>' } : s,
      ),
    );
    const { container } = render(<AgendaChangeBanner />);
    const banner = await screen.findByRole('region', { name: /The agenda changed/ });
    expect(banner).toHaveTextContent(evil);
    expect(banner).toHaveTextContent('Moved from Atrium to <script>alert(1)</script>');
    expect(container.querySelector('img, script')).toBeNull();
  });
});

describe('SessionChangeMarker and the session page', () => {
  it('marks the change on the session page, and keeps it after "Got it"', async () => {
    await initAgendaSeen(v2);
    await setCurrent(publish(v2, 3, (s) => (s.id === 'prevent' ? { ...s, room: 'Main hall' } : s)));
    renderAt('/session/prevent');
    expect(await screen.findByText(/moved to Main hall/)).toHaveTextContent(
      'Changed: moved to Main hall',
    );
    const { getAgendaSeen, acknowledgeAgenda } = await import('../../../db/agendaSeen');
    await acknowledgeAgenda((await db.agenda.get('current'))!.agenda);
    expect((await getAgendaSeen())?.before?.version).toBe(2);
    render(<SessionChangeMarker sessionId="prevent" />);
    await waitFor(() => expect(screen.getAllByText(/moved to Main hall/)).toHaveLength(2));
  });

  it('shows no marker for an unchanged session', async () => {
    await initAgendaSeen(v2);
    await setCurrent(publish(v2, 3, (s) => (s.id === 'prevent' ? { ...s, room: 'Main hall' } : s)));
    const { container } = render(<SessionChangeMarker sessionId="lunch" />);
    await new Promise((r) => setTimeout(r, 100));
    expect(container).toBeEmptyDOMElement();
  });
});
