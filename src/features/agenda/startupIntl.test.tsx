/**
 * The agenda's first render needs no Intl.DateTimeFormat for the shipped
 * agenda (its first use loads ICU's time-zone data: a long task on a phone,
 * the bare page never pays it): the event zone's offsets and name come from
 * the bundled rule (src/domain/zoneOffset.ts).
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmEventClock } from '../../domain/clock';
import { renderAt, resetAgendaState } from './testUtils';

beforeEach(resetAgendaState);
afterEach(() => {
  vi.restoreAllMocks();
});

describe('start-up without Intl', () => {
  it('warms the event clock and renders the agenda without one Intl.DateTimeFormat', async () => {
    // A day of the real clock's years the rule covers (the tests must not age).
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 11, 7, 10));
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    warmEventClock();
    renderAt('/');
    expect(await screen.findByText(/copy that came with the app/i)).toBeInTheDocument();
    expect(screen.getByText(/Times in EDT\./)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /AM to/ }).length).toBeGreaterThan(0);
    expect(made).not.toHaveBeenCalled();
  });
});
