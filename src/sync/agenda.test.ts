import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHIPPED_AGENDA } from '../content/agenda';
import { SHIPPED_AGENDA_CHECK_KEY } from '../db/agenda';
import { db } from '../db/db';
import { getMeta } from '../db/meta';
import type { Agenda } from '../domain/agenda';
import { FIXTURE_AGENDA } from '../features/agenda/testFixture';
import { refreshAgenda, startAgendaRefresh, AGENDA_REFRESH_INTERVAL_MS } from './agenda';
import { agendaEtag } from '../wire/agendaEtag';

const v = (version: number): Agenda => ({ ...FIXTURE_AGENDA, version, illustrative: false });

function answer(status: number, body?: unknown, etag?: string): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: etag ? { ETag: etag } : {},
  });
}

function fakeFetch(...responses: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    const next = responses.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  });
  return { impl: impl as unknown as typeof fetch, calls };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('refreshAgenda', () => {
  it('stores a newer agenda as current and keeps what was shown as previous', async () => {
    const f = fakeFetch(answer(200, v(SHIPPED_AGENDA.version + 1), '"2"'));
    expect(await refreshAgenda({ fetchImpl: f.impl, now: () => 1000 })).toBe('updated');
    expect(f.calls[0]!.url).toBe('/api/agenda');
    const current = await db.agenda.get('current');
    expect(current).toMatchObject({ origin: 'endpoint', etag: '"2"', checkedAt: 1000 });
    expect(current!.agenda.version).toBe(SHIPPED_AGENDA.version + 1);
    const previous = await db.agenda.get('previous');
    expect(previous).toMatchObject({ origin: 'shipped' });
    expect(previous!.agenda).toEqual(SHIPPED_AGENDA);

    const g = fakeFetch(answer(200, v(SHIPPED_AGENDA.version + 2), '"3"'));
    expect(await refreshAgenda({ fetchImpl: g.impl, now: () => 2000 })).toBe('updated');
    expect((await db.agenda.get('previous'))!.agenda.version).toBe(SHIPPED_AGENDA.version + 1);
  });

  it('a refresh asked for while one is under way runs once more after it, never shares a stale one', async () => {
    let release: (r: Response) => void = () => {};
    const first = new Promise<Response>((resolve) => (release = resolve));
    const answers = [first, Promise.resolve(answer(200, v(3), '"3"'))];
    const impl = vi.fn(() => answers.shift()!) as unknown as typeof fetch;
    const a = refreshAgenda({ fetchImpl: impl });
    // An announcement of version 3 arrives while version 2 is being fetched.
    const b = refreshAgenda({ fetchImpl: impl });
    const c = refreshAgenda({ fetchImpl: impl });
    release(answer(200, v(2), '"2"'));
    expect(await a).toBe('updated');
    expect(await b).toBe('updated');
    expect(await c).toBe('updated');
    expect(impl).toHaveBeenCalledTimes(2);
    expect((await db.agenda.get('current'))?.agenda.version).toBe(3);
  });

  it('sends If-None-Match with the stored ETag and on 304 only updates checkedAt', async () => {
    await db.agenda.put({ id: 'current', agenda: v(5), origin: 'endpoint', etag: '"5"' });
    const f = fakeFetch(answer(304));
    expect(await refreshAgenda({ fetchImpl: f.impl, now: () => 4242 })).toBe('unchanged');
    expect((f.calls[0]!.init!.headers as Record<string, string>)['If-None-Match']).toBe('"5"');
    const current = await db.agenda.get('current');
    expect(current).toMatchObject({ checkedAt: 4242, etag: '"5"' });
    expect(current!.agenda.version).toBe(5);
  });

  it("on a first visit asks whether the app's own copy is current; a 304 records it as checked, nothing downloaded", async () => {
    const f = fakeFetch(answer(304, undefined, agendaEtag(SHIPPED_AGENDA.version)));
    expect(await refreshAgenda({ fetchImpl: f.impl, now: () => 777 })).toBe('unchanged');
    const sent = f.calls[0]!.init!.headers as Record<string, string>;
    expect(sent['If-None-Match']).toBe(agendaEtag(SHIPPED_AGENDA.version));
    // Only the check is recorded: no copy of the agenda the bundle has.
    expect(await db.agenda.get('current')).toBeUndefined();
    expect(await db.agenda.get('previous')).toBeUndefined();
    expect(await getMeta(SHIPPED_AGENDA_CHECK_KEY)).toEqual({
      version: SHIPPED_AGENDA.version,
      updatedAt: SHIPPED_AGENDA.updatedAt,
      etag: agendaEtag(SHIPPED_AGENDA.version),
      checkedAt: 777,
    });

    // The next refresh asks about the shipped copy again and refreshes the check.
    const g = fakeFetch(answer(304));
    expect(await refreshAgenda({ fetchImpl: g.impl, now: () => 888 })).toBe('unchanged');
    expect((g.calls[0]!.init!.headers as Record<string, string>)['If-None-Match']).toBe(
      agendaEtag(SHIPPED_AGENDA.version),
    );
    expect(await getMeta(SHIPPED_AGENDA_CHECK_KEY)).toMatchObject({ checkedAt: 888 });
    expect(await db.agenda.get('current')).toBeUndefined();
  });

  it('a newer agenda after a first-visit check keeps the checked shipped agenda as previous', async () => {
    const f = fakeFetch(answer(304, undefined, agendaEtag(SHIPPED_AGENDA.version)));
    await refreshAgenda({ fetchImpl: f.impl, now: () => 777 });
    const g = fakeFetch(answer(200, v(SHIPPED_AGENDA.version + 1), '"9"'));
    expect(await refreshAgenda({ fetchImpl: g.impl, now: () => 999 })).toBe('updated');
    expect(await db.agenda.get('current')).toMatchObject({ etag: '"9"', checkedAt: 999 });
    const previous = await db.agenda.get('previous');
    expect(previous).toMatchObject({
      origin: 'endpoint',
      etag: agendaEtag(SHIPPED_AGENDA.version),
      checkedAt: 777,
    });
    expect(previous!.agenda).toEqual(SHIPPED_AGENDA);
  });

  it('a stored copy older than the shipped one is not revalidated: the full agenda is asked for', async () => {
    await db.agenda.put({
      id: 'current',
      agenda: v(SHIPPED_AGENDA.version - 1),
      origin: 'endpoint',
      etag: agendaEtag(SHIPPED_AGENDA.version - 1),
    });
    const f = fakeFetch(answer(200, v(SHIPPED_AGENDA.version + 1), '"9"'));
    expect(await refreshAgenda({ fetchImpl: f.impl })).toBe('updated');
    expect((f.calls[0]!.init!.headers as Record<string, string>)['If-None-Match']).toBeUndefined();
  });

  it('never lets an older version replace a newer one', async () => {
    await db.agenda.put({ id: 'current', agenda: v(5), origin: 'endpoint', etag: '"5"' });
    const f = fakeFetch(answer(200, v(4), '"4"'));
    expect(await refreshAgenda({ fetchImpl: f.impl })).toBe('older');
    expect((await db.agenda.get('current'))!.agenda.version).toBe(5);
    expect(await db.agenda.get('previous')).toBeUndefined();
  });

  it('refuses an answer that does not validate and keeps the saved copy', async () => {
    await db.agenda.put({ id: 'current', agenda: v(5), origin: 'endpoint' });
    const report = vi.fn();
    const f = fakeFetch(answer(200, { ...v(6), timeZone: 'Europe/Paris' }));
    expect(await refreshAgenda({ fetchImpl: f.impl, report })).toBe('invalid');
    expect(report).toHaveBeenCalledWith('invalid', expect.any(String));
    expect((await db.agenda.get('current'))!.agenda.version).toBe(5);
  });

  it('swallows network errors and reports them', async () => {
    const report = vi.fn();
    const f = fakeFetch(new TypeError('Failed to fetch'));
    expect(await refreshAgenda({ fetchImpl: f.impl, report })).toBe('unreachable');
    expect(report).toHaveBeenCalledWith('unreachable', 'Failed to fetch');
    expect(await db.agenda.count()).toBe(0);
    const g = fakeFetch(answer(503));
    expect(await refreshAgenda({ fetchImpl: g.impl })).toBe('http-error');
  });
});

describe('startAgendaRefresh', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refreshes on start, on online, on becoming visible and every minute', async () => {
    vi.useFakeTimers();
    const f = fakeFetch(...Array.from({ length: 10 }, () => answer(503)));
    const stop = startAgendaRefresh({ fetchImpl: f.impl });
    await vi.waitFor(() => expect(f.calls).toHaveLength(1));
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(f.calls).toHaveLength(2));
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(f.calls).toHaveLength(3));
    await vi.advanceTimersByTimeAsync(AGENDA_REFRESH_INTERVAL_MS);
    await vi.waitFor(() => expect(f.calls).toHaveLength(4));
    stop();
    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(AGENDA_REFRESH_INTERVAL_MS * 2);
    expect(f.calls).toHaveLength(4);
  });
});
