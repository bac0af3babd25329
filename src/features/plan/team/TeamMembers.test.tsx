// The team list is fetched once per team link, not once per render: the
// editor re-renders on every keystroke and rebuilds the link object each time.
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { TeamMembers } from './TeamMembers';

let gets: number;
beforeEach(() => {
  gets = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      gets += 1;
      return new Response(
        JSON.stringify({
          you: 'm1',
          members: [
            { id: 'm1', name: 'Ana Ruiz', role: null },
            { id: 'm2', name: 'Ben Okafor', role: null },
          ],
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const linkOf = () => ({
  teamId: 't1',
  teamName: 'Team',
  state: 'VA',
  credential: 'c',
  needsFullPush: false,
  memberId: 'm1',
  memberName: 'Ana Ruiz',
});

it('fetches the members once however often the editor re-renders', async () => {
  const view = render(<TeamMembers link={linkOf()} planId="p" />);
  expect(await screen.findByText(/Ben Okafor/)).toBeInTheDocument();
  for (let i = 0; i < 5; i++) view.rerender(<TeamMembers link={linkOf()} planId="p" />);
  await new Promise((r) => setTimeout(r, 20));
  expect(gets).toBe(1);
});
