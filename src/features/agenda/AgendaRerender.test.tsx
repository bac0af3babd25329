/**
 * The agenda's session list re-renders only when what it shows changes: a
 * first visit's "the shipped agenda is current" (a 304) updates the freshness
 * line, not every session of the day.
 */
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SHIPPED_AGENDA } from '../../content/agenda';
import { recordShippedAgendaChecked } from '../../db/agenda';
import { renderAt, resetAgendaState } from './testUtils';

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../components/SessionItem', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../components/SessionItem')>();
  return {
    ...real,
    SessionItem: (p: Parameters<typeof real.SessionItem>[0]) => {
      renders.count += 1;
      return real.SessionItem(p);
    },
  };
});

beforeEach(resetAgendaState);

describe('agenda re-renders', () => {
  it('recording the check of the shipped agenda re-renders no session', async () => {
    renderAt('/');
    expect(await screen.findByText(/copy that came with the app/i)).toBeInTheDocument();
    // Let the first live-query answers (bookmarks, agenda) settle.
    await new Promise((r) => setTimeout(r, 100));
    const before = renders.count;
    expect(before).toBeGreaterThan(0);
    await recordShippedAgendaChecked(SHIPPED_AGENDA, { etag: '"1"', checkedAt: Date.now() });
    expect(await screen.findByText(/^Checked /)).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(renders.count).toBe(before);
  });

  it('the first bookmarks answer (none) re-renders no session', async () => {
    renderAt('/');
    await screen.findByText(/copy that came with the app/i);
    await waitFor(() => expect(renders.count).toBeGreaterThan(0));
    const first = renders.count;
    await new Promise((r) => setTimeout(r, 150));
    expect(renders.count).toBe(first);
  });
});
