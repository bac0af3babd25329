// Organizer screens against a stubbed endpoint: the credential gate, the
// agenda editor's overlap warning and preview, publishing with If-Match,
// the 412 and 422 answers, and organizer text rendered as text.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agenda } from '../../domain/agenda';
import { FIXTURE_AGENDA } from '../agenda/testFixture';
import OrganizerRoutes from './OrganizerRoutes';
import { useAppStore } from '../../app/store';
import { ORGANIZER_REFRESH_MS } from './useLiveRefresh';

const TOKEN = 'right-token';
type Handler = (req: { method: string; url: string; headers: Headers; body: unknown }) => Response;
let handlers: Record<string, Handler>;
let calls: { method: string; url: string; headers: Headers; body: unknown }[];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  sessionStorage.clear();
  calls = [];
  handlers = {
    'GET /api/agenda': () => json(FIXTURE_AGENDA),
    'GET /api/teams': ({ headers }) =>
      headers.get('Authorization') === `Bearer ${TOKEN}`
        ? json({ teams: [] })
        : json({ error: 'forbidden' }, 403),
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const req = {
        method: init.method ?? 'GET',
        url,
        headers: new Headers(init.headers),
        body: init.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(req);
      const h = handlers[`${req.method} ${url}`];
      return h ? h(req) : json({ error: 'not_found' }, 404);
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function renderOrganizer() {
  const location = memoryLocation({ path: '/' });
  return render(
    <Router hook={location.hook}>
      <OrganizerRoutes />
    </Router>,
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A session row: its name is what it shows (time, title, room), then its day. */
const rowName = (title: string) => new RegExp(`^\\S.*?[AP]M ${escapeRe(title)} `);

async function signedIn() {
  sessionStorage.setItem('convening.organizerToken', TOKEN);
  renderOrganizer();
  await screen.findByRole('heading', { name: 'Edit the agenda' });
  await screen.findByRole('button', { name: rowName('Identification breakout') });
}

async function editRoom(title: string, room: string) {
  await userEvent.click(screen.getByRole('button', { name: rowName(title) }));
  const form = screen.getByRole('form', { name: `Edit session: ${title}` });
  const input = within(form).getByLabelText('Room');
  await userEvent.clear(input);
  await userEvent.type(input, room);
  return form;
}

describe('credential gate', () => {
  it('says clearly when the credential is wrong, and keeps a right one for the session', async () => {
    renderOrganizer();
    await userEvent.type(screen.getByLabelText('Organizer credential'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Wrong credential/);
    expect(sessionStorage.getItem('convening.organizerToken')).toBeNull();

    await userEvent.clear(screen.getByLabelText('Organizer credential'));
    await userEvent.type(screen.getByLabelText('Organizer credential'), TOKEN);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Edit the agenda' })).toBeInTheDocument();
    expect(sessionStorage.getItem('convening.organizerToken')).toBe(TOKEN);
  });
});

describe('issue 15: offline sign-in and one spelling of TA priority', () => {
  afterEach(() => act(() => useAppStore.getState().setOnline(true)));

  it('offline, the sign-in says it needs a network before and after trying', async () => {
    act(() => useAppStore.getState().setOnline(false));
    renderOrganizer();
    expect(screen.getByRole('status')).toHaveTextContent(
      /This device is offline\. Signing in needs a network connection/,
    );
    await userEvent.type(screen.getByLabelText('Organizer credential'), TOKEN);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not reach the endpoint: signing in needs a network connection.',
    );
    expect(calls).toEqual([]);
  });

  it('the TA needs table spells priority as the editor does ("High")', async () => {
    handlers['GET /api/ta-needs'] = () =>
      json({
        needs: [
          {
            teamId: 't_ks',
            state: 'KS',
            team: 'Kansas team',
            topic: 'Data sharing',
            priority: 'high',
            description: '',
            updated: '2015-06-10T14:00:00.000Z',
          },
        ],
      });
    sessionStorage.setItem('convening.organizerToken', TOKEN);
    const location = memoryLocation({ path: '/ta-needs' });
    render(
      <Router hook={location.hook}>
        <OrganizerRoutes />
      </Router>,
    );
    const topic = await screen.findByText('Data sharing');
    const cells = within(topic.closest('tr')!).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toContain('High');
    expect(cells.map((c) => c.textContent)).not.toContain('high');
  });
});

describe('agenda editor', () => {
  it('warns about overlaps in one room and previews exactly what will change', async () => {
    await signedIn();
    expect(screen.queryByRole('heading', { name: 'Overlaps in one room' })).toBeNull();
    const form = await editRoom('Identification breakout', 'Room A');
    const overlaps = screen.getByRole('region', { name: 'Overlaps in one room' });
    expect(overlaps).toHaveTextContent(
      /Room A: “Identification breakout” \(10:15–11:30 AM\) and “Prevention breakout”/,
    );
    expect(overlaps).toHaveTextContent('“Identification breakout”');
    const preview = screen.getByRole('region', { name: 'What will change' });
    expect(preview).toHaveTextContent('Identification breakout');
    expect(preview).toHaveTextContent('Moved from Room B to Room A');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .filter((li) => li.dataset.kinds),
    ).toHaveLength(1);
    await userEvent.click(within(form).getByRole('button', { name: 'Done editing' }));
  });

  it('publishes with If-Match on the version edited', async () => {
    handlers['PUT /api/agenda'] = ({ body }) =>
      json({ ...FIXTURE_AGENDA, ...(body as object), version: 2 });
    await signedIn();
    await editRoom('Lunch', 'Main Hall');
    await userEvent.click(screen.getByRole('button', { name: 'Publish version 2' }));
    expect(await screen.findByText('Published version 2.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"1"');
    expect(put.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    const sent = (put.body as Agenda).sessions.find((s) => s.id === 'lunch');
    expect(sent?.room).toBe('Main Hall');
  });

  it('on 412 shows what the other organizer changed, then re-applies my edits on top', async () => {
    const theirs: Agenda = {
      ...FIXTURE_AGENDA,
      version: 2,
      sessions: FIXTURE_AGENDA.sessions.map((s) =>
        s.id === 'welcome' ? { ...s, title: 'Welcome and opening' } : s,
      ),
    };
    handlers['PUT /api/agenda'] = ({ headers, body }) =>
      headers.get('If-Match') === '"2"'
        ? json({ ...theirs, ...(body as object), version: 3 })
        : json({ error: 'stale', message: 'Changed meanwhile.', current: theirs }, 412);
    await signedIn();
    await editRoom('Lunch', 'Main Hall');
    await userEvent.click(screen.getByRole('button', { name: 'Publish version 2' }));
    const stale = await screen.findByRole('alert', {
      name: /Another organizer published version 2/,
    });
    expect(stale).toHaveTextContent('Renamed (was “Welcome and purpose”)');
    await userEvent.click(within(stale).getByRole('button', { name: 'Re-apply my edits on top' }));
    const preview = screen.getByRole('region', { name: 'What will change' });
    expect(preview).toHaveTextContent('Moved from Atrium to Main Hall');
    expect(preview).not.toHaveTextContent('Renamed');
    await userEvent.click(screen.getByRole('button', { name: 'Publish version 3' }));
    expect(await screen.findByText('Published version 3.')).toBeInTheDocument();
    const last = calls.filter((c) => c.method === 'PUT').at(-1)!;
    expect(last.headers.get('If-Match')).toBe('"2"');
    const sent = (last.body as Agenda).sessions;
    expect(sent.find((s) => s.id === 'welcome')?.title).toBe('Welcome and opening');
    expect(sent.find((s) => s.id === 'lunch')?.room).toBe('Main Hall');
  });

  it('shows 422 problems next to the fields they name', async () => {
    handlers['PUT /api/agenda'] = ({ body }) => {
      const i = (body as Agenda).sessions.findIndex((s) => s.id === 'lunch');
      return json(
        {
          error: 'invalid_agenda',
          message: '1 problem(s).',
          issues: [{ path: `sessions.${i}.end`, message: 'A session must end after it starts' }],
        },
        422,
      );
    };
    await signedIn();
    await editRoom('Lunch', 'Main Hall');
    await userEvent.click(screen.getByRole('button', { name: 'Publish version 2' }));
    const form = screen.getByRole('form', { name: 'Edit session: Lunch' });
    await waitFor(() =>
      expect(within(form).getByLabelText('Ends')).toHaveAccessibleDescription(
        'A session must end after it starts',
      ),
    );
    expect(within(form).getByLabelText('Ends')).toHaveAttribute('aria-invalid', 'true');
  });

  it('a 422 in words a person uses: summary at the top, focus on the first field to fix', async () => {
    handlers['PUT /api/agenda'] = ({ body }) => {
      const i = (body as Agenda).sessions.findIndex((s) => s.id === 'lunch');
      return json(
        {
          error: 'invalid_agenda',
          message: '1 problem(s).',
          issues: [
            {
              path: `sessions.${i}.title`,
              message: 'Too small: expected string to have >=1 characters',
            },
          ],
        },
        422,
      );
    };
    await signedIn();
    await editRoom('Lunch', 'Main Hall');
    await userEvent.click(screen.getByRole('button', { name: 'Publish version 2' }));
    const summary = await screen.findByRole('region', {
      name: /Not published: 1 thing needs fixing/,
    });
    expect(summary).toHaveTextContent('Lunch, title: Give the session a title.');
    expect(summary).not.toHaveTextContent(/Too small/);
    const form = screen.getByRole('form', { name: 'Edit session: Lunch' });
    const title = within(form).getByLabelText('Title');
    expect(title).toHaveAccessibleDescription('Give the session a title.');
    await waitFor(() => expect(title).toHaveFocus());
  }, 15_000);

  it('names each session row by what it shows, room included, and keeps focus on the row after Done editing', async () => {
    await signedIn();
    const row = screen.getByRole('button', { name: rowName('Lunch') });
    expect(row).toHaveAccessibleName(/^\S.*?[AP]M Lunch Atrium \(Wednesday, June 10\)$/);
    await userEvent.click(row);
    const form = screen.getByRole('form', { name: 'Edit session: Lunch' });
    await waitFor(() => expect(within(form).getByLabelText('Title')).toHaveFocus());
    await userEvent.click(within(form).getByRole('button', { name: 'Done editing' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: rowName('Lunch') })).toHaveFocus(),
    );
  });

  it('shows organizer-typed markup as literal text and creates no element from it', async () => {
    await signedIn();
    await userEvent.click(screen.getByRole('button', { name: rowName('Lunch') }));
    const form = screen.getByRole('form', { name: 'Edit session: Lunch' });
    const title = within(form).getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, '<img src=x onerror=alert(1)>');
    const desc = within(form).getByLabelText('Description');
    await userEvent.type(desc, '<script>alert(1)</script>');
    await userEvent.click(within(form).getByRole('button', { name: 'Done editing' }));
    const preview = screen.getByRole('region', { name: 'What will change' });
    expect(preview).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(
      screen.getByRole('button', { name: rowName('<img src=x onerror=alert(1)>') }),
    ).toBeVisible();
    expect(document.querySelector('main img, img[src="x"], script')).toBeNull();
  });
});

describe('issue 15: organizer tables follow the teams live', () => {
  afterEach(() => vi.useRealTimers());

  it('the TA needs table shows a need a team added while the screen stays open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const need = (topic: string) => ({
      teamId: 't_ks',
      state: 'KS',
      team: 'Kansas team',
      topic,
      priority: 'high',
      description: '',
      updated: '2015-06-10T14:00:00.000Z',
    });
    let needs = [need('Data sharing')];
    handlers['GET /api/ta-needs'] = () => json({ needs });
    sessionStorage.setItem('convening.organizerToken', TOKEN);
    const location = memoryLocation({ path: '/ta-needs' });
    render(
      <Router hook={location.hook}>
        <OrganizerRoutes />
      </Router>,
    );
    await screen.findByText('Data sharing');
    needs = [need('Data sharing'), need('Placement stability')];
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ORGANIZER_REFRESH_MS);
    });
    expect(await screen.findByText('Placement stability')).toBeInTheDocument();
  });
});
