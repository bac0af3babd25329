/**
 * The endpoint's event stream (GET /api/events, Server-Sent Events). One
 * stream per tab: agenda announcements go to refreshAgenda(); with a team
 * credential the device first trades it for a short-lived ticket (an
 * EventSource cannot send headers, and a credential in a URL ends up in
 * logs) and then also hears when its team's plan moved. When the stream
 * fails for good (ticket expired, endpoint restarted) it reconnects with a
 * fresh ticket after a jittered backoff.
 */
import { refreshAgenda } from './agenda';
import { backoffDelay } from './backoff';
import { apiBase } from './config';
import { SSE_EVENTS } from '../wire/sseEvents';

/** The wire schemas, loaded with the first ticket (zod must not weigh on the first route). */
type Wire = typeof import('../wire/protocol');
let wire: Wire | undefined;

/**
 * A `plan` event's payload as sent (JSON, unchecked): the plan's sync loop
 * checks it (planNews.ts), so its schema and decoding stay off the first route.
 */
type PlanListener = (payload: unknown) => void;

const planListeners = new Set<PlanListener>();
const presenceListeners = new Set<PlanListener>();
let source: EventSource | undefined;
let credential: string | undefined;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let generation = 0;

/** Be told when the team's plan moved on the endpoint (with the update when it came along). */
export function onPlanEvent(listener: PlanListener): () => void {
  planListeners.add(listener);
  return () => planListeners.delete(listener);
}

/** Be told who of the team has the plan open (payload checked in sync/presence.ts). */
export function onPresenceEvent(listener: PlanListener): () => void {
  presenceListeners.add(listener);
  return () => presenceListeners.delete(listener);
}

/** (Re)start the stream, as a team member when a credential is given. */
export function startLiveEvents(teamCredential?: string): void {
  if (typeof EventSource === 'undefined') return;
  if (source && credential === teamCredential) return;
  credential = teamCredential;
  void connect();
}

/**
 * Every device hears agenda announcements: start the anonymous stream unless
 * a stream is already open or a team stream is starting. (Added for the
 * agenda change banner; a later startLiveEvents(credential) upgrades it.)
 */
export function ensureLiveEvents(): void {
  if (source || credential !== undefined) return;
  startLiveEvents();
}

export function stopLiveEvents(): void {
  generation += 1;
  source?.close();
  source = undefined;
  if (retryTimer) clearTimeout(retryTimer);
}

async function connect(): Promise<void> {
  stopLiveEvents();
  const mine = generation;
  let url = `${apiBase()}/api/events`;
  if (credential) {
    try {
      const res = await fetch(`${apiBase()}/api/events/ticket`, {
        method: 'POST',
        headers: { authorization: `Bearer ${credential}` },
      });
      wire ??= await import('../wire/protocol');
      const parsed = wire.ticketResponseSchema.safeParse(res.ok ? await res.json() : null);
      if (parsed.success) url += `?ticket=${encodeURIComponent(parsed.data.ticket)}`;
    } catch {
      // Offline: fall through to an agenda-only stream; it fails and retries too.
    }
  }
  if (mine !== generation) return;
  const es = new EventSource(url);
  source = es;
  es.addEventListener('open', () => (attempt = 0));
  es.addEventListener(SSE_EVENTS.agenda, () => void refreshAgenda());
  for (const [name, listeners] of [
    [SSE_EVENTS.plan, planListeners],
    [SSE_EVENTS.presence, presenceListeners],
  ] as const) {
    es.addEventListener(name, (e) => {
      const payload = safeJson((e as MessageEvent<string>).data);
      for (const l of listeners) l(payload);
    });
  }
  es.addEventListener(SSE_EVENTS.revoked, (e) => {
    // This device's credential was revoked: sync now (its 401 says so for
    // certain) and go on with an agenda-only stream instead of retrying a dead
    // ticket. The payload is a plan event's ({teamId}): the sync loop checks it.
    if (mine !== generation) return;
    credential = undefined;
    void connect();
    const payload = safeJson((e as MessageEvent<string>).data);
    for (const l of planListeners) l(payload);
  });
  es.addEventListener('error', () => {
    // EventSource retries by itself while CONNECTING; CLOSED means it gave up.
    if (es.readyState !== EventSource.CLOSED || mine !== generation) return;
    retryTimer = setTimeout(() => void connect(), 1000 + backoffDelay(attempt++));
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
