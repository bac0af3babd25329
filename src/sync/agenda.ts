/**
 * Keeps the device's agenda fresh: a conditional GET of /api/agenda
 * (If-None-Match with the stored ETag), validated with the shared schema and
 * stored only when newer. Failures are normal (no signal in the session
 * room): they are reported, never thrown, and the saved copy stays on screen.
 */
import {
  getCurrentAgendaRow,
  markAgendaChecked,
  recordShippedAgendaChecked,
  storeFetchedAgenda,
} from '../db/agenda';
import { SHIPPED_AGENDA } from '../content/agenda';
import { apiBase } from './config';
import { agendaEtag } from '../wire/agendaEtag';

export type RefreshOutcome =
  | 'updated' // a newer version is now current
  | 'unchanged' // 304, or the same version again
  | 'older' // the endpoint has an older version than the device; kept ours
  | 'unreachable' // network error (offline, endpoint down)
  | 'invalid' // the endpoint answered something we cannot use
  | 'http-error';

export interface RefreshOptions {
  fetchImpl?: typeof fetch;
  now?: () => number;
  /** Told about each outcome, e.g. to show "could not reach the agenda service". */
  report?: (outcome: RefreshOutcome, detail?: string) => void;
}

let inFlight: Promise<RefreshOutcome> | null = null;
let followUp: Promise<RefreshOutcome> | null = null;

/**
 * One refresh at a time. A caller that asks while one is under way gets one
 * more right after it, shared with everyone else who asks meanwhile: the
 * request under way may have left before what the caller heard about (a
 * publish announced while the first refresh was in flight), so sharing it
 * could answer with the older agenda and miss the change.
 */
export function refreshAgenda(options: RefreshOptions = {}): Promise<RefreshOutcome> {
  if (!inFlight) {
    inFlight = doRefresh(options).finally(() => {
      inFlight = null;
    });
    return inFlight;
  }
  followUp ??= inFlight.then(() => {
    followUp = null;
    return refreshAgenda(options);
  });
  return followUp;
}

async function doRefresh(options: RefreshOptions): Promise<RefreshOutcome> {
  const doFetch = options.fetchImpl ?? fetch;
  const now = options.now ?? Date.now;
  const done = (outcome: RefreshOutcome, detail?: string) => {
    options.report?.(outcome, detail);
    return outcome;
  };
  const current = await getCurrentAgendaRow();
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Only revalidate a stored copy that is at least as new as the shipped one.
  if (current?.etag && current.agenda.version >= SHIPPED_AGENDA.version) {
    headers['If-None-Match'] = current.etag;
  } else if (!current) {
    // First visit: ask whether the copy that came with the app is current
    // (the ETag is the version). A 304 spares the download, its validation
    // and a re-render of the whole agenda while the page is starting.
    headers['If-None-Match'] = agendaEtag(SHIPPED_AGENDA.version);
  }
  let res: Response;
  try {
    // no-store: the browser cache must not turn our 304 into a stale 200.
    res = await doFetch(`${apiBase()}/api/agenda`, { headers, cache: 'no-store' });
  } catch (err) {
    return done('unreachable', err instanceof Error ? err.message : String(err));
  }
  if (res.status === 304) {
    if (current) await markAgendaChecked(now());
    else {
      const etag = res.headers.get('ETag') ?? agendaEtag(SHIPPED_AGENDA.version);
      // Only "checked" is recorded, not a copy of what the bundle has:
      // storing one handed screens an equal but new agenda, and the whole
      // agenda re-rendered while the page was starting.
      await recordShippedAgendaChecked(SHIPPED_AGENDA, { etag, checkedAt: now() });
    }
    return done('unchanged');
  }
  if (!res.ok) return done('http-error', `HTTP ${res.status}`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return done('invalid', 'The agenda service sent something that is not JSON.');
  }
  // The schema (and zod) load on demand: the first screen must not wait for them.
  const { AgendaSchema } = await import('../domain/agenda');
  const parsed = AgendaSchema.safeParse(body);
  if (!parsed.success) {
    return done('invalid', parsed.error.issues[0]?.message ?? 'The agenda did not validate.');
  }
  const result = await storeFetchedAgenda(
    parsed.data,
    { etag: res.headers.get('ETag') ?? undefined, checkedAt: now() },
    SHIPPED_AGENDA,
  );
  return done(result === 'stored' ? 'updated' : result === 'same' ? 'unchanged' : 'older');
}

export const AGENDA_REFRESH_INTERVAL_MS = 60_000;

/**
 * Refreshes now, when the device comes online, when the page becomes
 * visible, and every minute while online and visible. Returns a stop function.
 */
export function startAgendaRefresh(options: RefreshOptions = {}): () => void {
  const run = () => {
    void refreshAgenda(options);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') run();
  };
  const timer = setInterval(() => {
    if (navigator.onLine && document.visibilityState === 'visible') run();
  }, AGENDA_REFRESH_INTERVAL_MS);
  window.addEventListener('online', run);
  document.addEventListener('visibilitychange', onVisibility);
  run();
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', run);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
