// A change to a bookmarked session shows on every screen until "Got it":
// a count on the Agenda tab and a notice on screens without the banner.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { Shell } from '../../../app/Shell';
import { db } from '../../../db/db';
import { initAgendaSeen } from '../../../db/agendaSeen';
import type { Agenda } from '../../../domain/agenda';
import { FIXTURE_AGENDA } from '../testFixture';
import { resetAgendaState } from '../testUtils';

const v2: Agenda = { ...FIXTURE_AGENDA, version: 2 };
const v3: Agenda = {
  ...v2,
  version: 3,
  sessions: v2.sessions.map((s) => (s.id === 'prevent' ? { ...s, room: 'Main hall' } : s)),
};

function renderShellAt(path: string) {
  const { hook } = memoryLocation({ path });
  return render(
    <Router hook={hook}>
      <Shell>
        <h1 tabIndex={-1}>Library</h1>
      </Shell>
    </Router>,
  );
}

beforeEach(async () => {
  await resetAgendaState();
  await initAgendaSeen(v2);
  await db.agenda.put({ id: 'current', agenda: v3, origin: 'endpoint', etag: '"3"' });
});

describe('changes to my sessions, app-wide', { timeout: 15_000 }, () => {
  it('badges the Agenda tab and shows a notice on the library until "Got it"', async () => {
    await db.bookmarks.put({ sessionId: 'prevent', addedAt: 1 });
    renderShellAt('/library');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      await within(nav).findByRole(
        'link',
        { name: 'Agenda (1 change to my sessions)' },
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    const notice = await screen.findByRole('region', { name: 'A session in my schedule changed' });
    expect(notice).toHaveTextContent('Prevention breakout: moved to Main hall.');
    expect(within(notice).getByRole('link', { name: 'See the changes' })).toHaveAttribute(
      'href',
      '/my',
    );

    await userEvent.click(within(notice).getByRole('button', { name: 'Got it' }));
    await waitFor(() => expect(screen.queryByRole('region')).toBeNull());
    expect(await within(nav).findByRole('link', { name: 'Agenda' })).toBeInTheDocument();
  });

  it('says nothing app-wide about sessions not in my schedule', async () => {
    renderShellAt('/library');
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByRole('link', { name: 'Agenda' })).toBeInTheDocument();
  });

  it('leaves the notice to the banner on the agenda screens (the badge stays)', async () => {
    await db.bookmarks.put({ sessionId: 'prevent', addedAt: 1 });
    renderShellAt('/day/2015-06-10');
    expect(
      await screen.findByRole(
        'link',
        { name: 'Agenda (1 change to my sessions)' },
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /in my schedule changed/ })).toBeNull();
  });
});
