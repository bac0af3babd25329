// A teammate's presence beside the field they edit: it appears when their
// focus arrives on the stream, names them, keeps the typist's field usable,
// and goes at expiry when no heartbeat renews it (fake timers, no sleeps).
import { act, render, screen } from '@testing-library/react';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresenceClient } from '../../../sync/presence';
import { PRESENCE_TTL_MS } from '../../../wire/presence';
import { YTextField } from '../YTextField';
import { PresenceContext } from './PresenceContext';
import { PresentList } from './PresentList';

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(null, { status: 204 })),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const ana = (field: string | null, expiresInMs = PRESENCE_TTL_MS) => ({
  memberId: 'm-ana',
  name: 'Ana Ruiz',
  role: null,
  field,
  expiresInMs,
});

function renderEditor(client: PresenceClient) {
  const doc = new Y.Doc();
  return render(
    <PresenceContext value={client}>
      <PresentList />
      <YTextField ytext={doc.getText('title')} id="plan-title" label="Plan title" />
      <YTextField ytext={doc.getText('notes')} id="plan-notes" label="Notes for the team" />
    </PresenceContext>,
  );
}

describe('presence markers', () => {
  it('shows who is editing which field, moves with them, and expires without heartbeats', () => {
    const client = new PresenceClient({ teamId: 't1', credential: 'c' }, { session: 'sess-0001' });
    renderEditor(client);
    expect(screen.queryByText(/is editing/)).toBeNull();

    act(() => client.receive({ teamId: 't1', present: [ana('plan-title')] }));
    expect(screen.getByTestId('presence-plan-title')).toHaveTextContent('ARAna Ruiz is editing');
    expect(screen.queryByTestId('presence-plan-notes')).toBeNull();
    expect(screen.getByRole('region', { name: 'In the plan now' })).toHaveTextContent(
      'Ana Ruiz is editing Plan title',
    );

    act(() => client.receive({ teamId: 't1', present: [ana('plan-notes')] }));
    expect(screen.queryByTestId('presence-plan-title')).toBeNull();
    expect(screen.getByTestId('presence-plan-notes')).toHaveTextContent('Ana Ruiz is editing');

    // Another team's news never shows.
    act(() => client.receive({ teamId: 't2', present: [{ ...ana('plan-title'), name: 'Zed' }] }));
    expect(screen.queryByText(/Zed/)).toBeNull();

    // Ana's heartbeats stop (offline): the marker goes at her expiry.
    act(() => vi.advanceTimersByTime(PRESENCE_TTL_MS - 1_000));
    expect(screen.getByTestId('presence-plan-notes')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1_001));
    expect(screen.queryByTestId('presence-plan-notes')).toBeNull();
    expect(screen.queryByRole('region', { name: 'In the plan now' })).toBeNull();
  });

  it('shows nothing outside a team (no presence client)', () => {
    const doc = new Y.Doc();
    render(<YTextField ytext={doc.getText('title')} id="plan-title" label="Plan title" />);
    expect(screen.queryByText(/is editing/)).toBeNull();
  });
});
