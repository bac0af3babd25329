/**
 * Sends the device's evaluations to the endpoint: every row not yet
 * acknowledged, one request each (they are tiny), in the order stored. A row
 * counts as sent only after a 2xx for that very version; the endpoint
 * replaces by id, so a retry after a lost answer never counts twice.
 * Offline, on a 5xx or a 429 it tries again later (backoff with jitter,
 * Retry-After honoured); a refusal for good (4xx) is kept on the row so the
 * screen can say why.
 */
import {
  markEvaluationRefused,
  markEvaluationSent,
  unsentEvaluations,
  type EvaluationRow,
} from '../db/evaluations';
import { backoffDelay } from './backoff';
import { apiBase } from './config';

const RESEND_EVERY_MS = 60_000;
let inFlight: Promise<void> | null = null;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function bodyOf(row: EvaluationRow) {
  const comment = row.comment ? { comment: row.comment } : {};
  return row.kind === 'session'
    ? { id: row.id, sessionId: row.target, rating: row.rating, ...comment }
    : { id: row.id, kind: 'overall', answers: row.answers, ...comment };
}

async function messageOf(res: Response): Promise<{ error?: string; message: string }> {
  try {
    const body = (await res.json()) as { error?: string; message?: string };
    return { error: body.error, message: body.message ?? `The endpoint answered ${res.status}.` };
  } catch {
    return { message: `The endpoint answered ${res.status}.` };
  }
}

function retryLater(afterMs?: number) {
  clearTimeout(retryTimer);
  const wait = afterMs ?? backoffDelay(attempt++);
  retryTimer = setTimeout(() => void sendEvaluations(), wait);
}

async function flush(doFetch: typeof fetch): Promise<void> {
  for (const row of await unsentEvaluations()) {
    let res: Response;
    try {
      res = await doFetch(`${apiBase()}/api/evaluations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(bodyOf(row)),
        cache: 'no-store',
      });
    } catch {
      retryLater();
      return;
    }
    if (res.ok) {
      await markEvaluationSent(row.id, row.updatedAt);
      continue;
    }
    const { error, message } = await messageOf(res);
    const retryAfter = Number(res.headers.get('retry-after'));
    // Not open yet on the endpoint's clock, busy, or down: the same row later.
    if (res.status === 429 || res.status >= 500 || error === 'evaluation_not_open') {
      retryLater(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined);
      return;
    }
    await markEvaluationRefused(row.id, row.updatedAt, message);
  }
  attempt = 0;
}

/** Sends what is waiting; concurrent callers share the run under way. */
export function sendEvaluations(doFetch: typeof fetch = fetch): Promise<void> {
  inFlight ??= flush(doFetch).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Sends now, whenever the device comes back online, and every minute. */
export function startEvaluationSync(): () => void {
  const send = () => void sendEvaluations();
  window.addEventListener('online', send);
  const timer = setInterval(send, RESEND_EVERY_MS);
  send();
  return () => {
    window.removeEventListener('online', send);
    clearInterval(timer);
    clearTimeout(retryTimer);
  };
}
