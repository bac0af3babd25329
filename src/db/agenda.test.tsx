/**
 * useCurrentAgenda: a recorded check of the shipped agenda shows the shipped
 * agenda object itself, checked; only a check of that very agenda counts.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SHIPPED_AGENDA } from '../content/agenda';
import type { Agenda } from '../domain/agenda';
import { FIXTURE_AGENDA } from '../features/agenda/testFixture';
import { recordShippedAgendaChecked, SHIPPED_AGENDA_CHECK_KEY, useCurrentAgenda } from './agenda';
import { db } from './db';
import { setMeta } from './meta';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** Renders the hook and waits until Dexie has answered (the row or the check is in). */
async function current(
  fallback: Agenda,
  ready: (r: ReturnType<typeof useCurrentAgenda>) => boolean,
) {
  const view = renderHook(() => useCurrentAgenda(fallback));
  await waitFor(() => expect(ready(view.result.current)).toBe(true));
  return view;
}

describe('useCurrentAgenda', () => {
  it('with a recorded check of the shipped agenda: that very object, checked', async () => {
    await recordShippedAgendaChecked(SHIPPED_AGENDA, { etag: '"1"', checkedAt: 500 });
    const { result } = await current(SHIPPED_AGENDA, (r) => r.checkedAt !== undefined);
    expect(result.current).toEqual({ agenda: SHIPPED_AGENDA, origin: 'endpoint', checkedAt: 500 });
    expect(result.current.agenda).toBe(SHIPPED_AGENDA);
  });

  it('a check arriving while shown keeps the agenda object; the result changes only then', async () => {
    const view = renderHook(() => useCurrentAgenda(SHIPPED_AGENDA));
    const before = view.result.current;
    expect(before).toEqual({ agenda: SHIPPED_AGENDA, origin: 'shipped' });
    view.rerender();
    expect(view.result.current).toBe(before);
    await recordShippedAgendaChecked(SHIPPED_AGENDA, { etag: '"1"', checkedAt: 600 });
    await waitFor(() => expect(view.result.current.checkedAt).toBe(600));
    expect(view.result.current.agenda).toBe(SHIPPED_AGENDA);
  });

  it('a check of another agenda with the same version number does not count', async () => {
    // The test fixture shares version 1 with the shipped agenda; it is not it.
    expect(FIXTURE_AGENDA.version).toBe(SHIPPED_AGENDA.version);
    await recordShippedAgendaChecked(SHIPPED_AGENDA, { etag: '"1"', checkedAt: 500 });
    const view = renderHook(() => useCurrentAgenda(FIXTURE_AGENDA));
    // Give Dexie time to answer; the answer must leave the fixture unchecked.
    await new Promise((r) => setTimeout(r, 50));
    expect(view.result.current).toEqual({ agenda: FIXTURE_AGENDA, origin: 'shipped' });
    // An older build's check (other updatedAt) does not count for this one either.
    await setMeta(SHIPPED_AGENDA_CHECK_KEY, {
      version: SHIPPED_AGENDA.version,
      updatedAt: '2000-01-01T00:00:00Z',
      checkedAt: 700,
    });
    const other = renderHook(() => useCurrentAgenda(SHIPPED_AGENDA));
    await new Promise((r) => setTimeout(r, 50));
    expect(other.result.current).toEqual({ agenda: SHIPPED_AGENDA, origin: 'shipped' });
  });

  it('a stored copy wins over a check of the shipped agenda', async () => {
    await recordShippedAgendaChecked(SHIPPED_AGENDA, { etag: '"1"', checkedAt: 500 });
    const stored = { ...FIXTURE_AGENDA, version: SHIPPED_AGENDA.version + 1 };
    await db.agenda.put({ id: 'current', agenda: stored, origin: 'endpoint', checkedAt: 900 });
    const { result } = await current(SHIPPED_AGENDA, (r) => r.checkedAt !== undefined);
    expect(result.current).toEqual({ agenda: stored, origin: 'endpoint', checkedAt: 900 });
  });
});
