/**
 * One plan-sync exchange with the endpoint, free of Dexie and React so it
 * runs the same in the browser and in Node tests: take the device's unsent
 * updates (the outbox), merge them, POST them with the device's state vector,
 * apply what the endpoint says the device lacks, and only then mark exactly
 * the pushed outbox entries as sent. Retries and duplicates are harmless
 * because applying a Yjs update twice is a no-op on both sides.
 */
import * as Y from 'yjs';
import { RefusedUpdateError } from '../domain/plan/updateGaps';
import {
  MIN_PROTOCOL,
  PROTOCOL_VERSION,
  SYNC_ERRORS,
  errorBodySchema,
  fromBase64,
  syncResponseSchema,
  toBase64,
  type SyncRequest,
} from '../wire/protocol';

/** Keep a request well under the endpoint's 1 MiB body limit (base64 adds a third). */
export const MAX_PUSH_BYTES = 600 * 1024;

export interface OutboxEntry {
  seq: number;
  update: Uint8Array;
}

/** What the exchange needs from the device's copy of the plan. */
export interface PlanSyncStore {
  /** Unsent updates, oldest first. */
  unsent(): Promise<OutboxEntry[]>;
  /** Mark these outbox entries acknowledged; called only after a 2xx. */
  markSent(seqs: number[]): Promise<void>;
  /** The device document's state vector (what it already has). */
  stateVector(): Uint8Array;
  /** The whole document as one update; pushed on the first sync after joining. */
  fullState(): Uint8Array;
  /** Apply an update from the endpoint (stored as already sent). */
  applyRemote(update: Uint8Array): Promise<void> | void;
}

export interface TeamLink {
  apiBase: string;
  teamId: string;
  credential: string;
  /** True until the draft made before joining has been pushed whole once. */
  needsFullPush?: boolean;
}

export type SyncOutcome =
  | {
      kind: 'synced';
      at: number;
      serverTime: number;
      sentBytes: number;
      receivedBytes: number;
      pushedSeqs: number[];
      /** More unsent updates remain (the push was split); sync again now. */
      more: boolean;
    }
  | { kind: 'offline'; message: string }
  | { kind: 'failed'; status: number; message: string; retryAfterMs?: number }
  | { kind: 'rejected'; error: string; message: string }
  | { kind: 'too_old'; minProtocol: number }
  /** `revoked`: an organizer removed this device's credential (join again with a new code). */
  | { kind: 'unauthorized'; message: string; revoked: boolean };

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface SyncOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  clientId?: string;
  now?: () => number;
}

/** Outbox entries to push this time: all of them, or a prefix that fits one request. */
export function choosePush(entries: OutboxEntry[]): { take: OutboxEntry[]; more: boolean } {
  let bytes = 0;
  const take: OutboxEntry[] = [];
  for (const e of entries) {
    if (take.length > 0 && bytes + e.update.length > MAX_PUSH_BYTES) break;
    take.push(e);
    bytes += e.update.length;
  }
  return { take, more: take.length < entries.length };
}

export async function syncOnce(
  store: PlanSyncStore,
  link: TeamLink,
  opts: SyncOptions = {},
): Promise<SyncOutcome> {
  const outcome = await exchange(store, link, opts);
  // The endpoint lacks part of what this push builds on (a gap in this
  // device's history): push the whole document once, which has no gap.
  if (
    outcome.kind === 'rejected' &&
    outcome.error === SYNC_ERRORS.missingHistory &&
    !link.needsFullPush
  ) {
    return exchange(store, { ...link, needsFullPush: true }, opts);
  }
  return outcome;
}

async function exchange(
  store: PlanSyncStore,
  link: TeamLink,
  opts: SyncOptions,
): Promise<SyncOutcome> {
  const doFetch: FetchLike = opts.fetch ?? ((u, i) => fetch(u, i));
  const now = opts.now ?? Date.now;
  const entries = await store.unsent();
  const chosen = choosePush(entries);
  // The first push after joining carries the whole draft, so it covers every entry.
  const take = link.needsFullPush ? entries : chosen.take;
  const more = link.needsFullPush ? false : chosen.more;
  let update: Uint8Array | undefined;
  if (link.needsFullPush) {
    update = store.fullState();
  } else if (take.length > 0) {
    update = take.length === 1 ? take[0]!.update : Y.mergeUpdates(take.map((e) => e.update));
  }
  const body: SyncRequest = {
    protocol: PROTOCOL_VERSION,
    stateVector: toBase64(store.stateVector()),
    ...(update ? { update: toBase64(update) } : {}),
    ...(opts.clientId ? { clientId: opts.clientId } : {}),
  };
  const text = JSON.stringify(body);
  const url = `${link.apiBase}/api/plans/${encodeURIComponent(link.teamId)}/sync`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 15_000);
  let res: Response;
  try {
    res = await doFetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${link.credential}`,
      },
      body: text,
      signal: controller.signal,
    });
  } catch (err) {
    clearTimeout(timer);
    return { kind: 'offline', message: err instanceof Error ? err.message : String(err) };
  }
  try {
    if (res.ok) {
      const parsed = syncResponseSchema.safeParse(await res.json());
      if (!parsed.success) {
        return { kind: 'failed', status: res.status, message: 'unreadable answer' };
      }
      const received = fromBase64(parsed.data.update);
      // Apply before marking sent: a crash in between only causes a resend.
      try {
        if (received.length > 0) await store.applyRemote(received);
      } catch (err) {
        if (!(err instanceof RefusedUpdateError)) throw err;
        return { kind: 'rejected', error: SYNC_ERRORS.missingHistory, message: err.message };
      }
      const pushedSeqs = take.map((e) => e.seq);
      if (pushedSeqs.length > 0) await store.markSent(pushedSeqs);
      return {
        kind: 'synced',
        at: now(),
        serverTime: parsed.data.serverTime,
        sentBytes: text.length,
        receivedBytes: received.length,
        pushedSeqs,
        more,
      };
    }
    return await classifyError(res);
  } catch (err) {
    return { kind: 'offline', message: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

async function classifyError(res: Response): Promise<SyncOutcome> {
  let body: { error: string; message?: string; minProtocol?: number } = { error: 'unknown' };
  try {
    const parsed = errorBodySchema.safeParse(await res.json());
    if (parsed.success) body = parsed.data;
  } catch {
    // A proxy's HTML error page: keep the status only.
  }
  const message = body.message ?? body.error;
  if (res.status === 426 || body.error === SYNC_ERRORS.clientTooOld) {
    return { kind: 'too_old', minProtocol: body.minProtocol ?? MIN_PROTOCOL };
  }
  if (res.status === 401 || res.status === 403 || res.status === 404) {
    return { kind: 'unauthorized', message, revoked: body.error === SYNC_ERRORS.credentialRevoked };
  }
  if (res.status === 429 || res.status === 408 || res.status >= 500) {
    const ra = Number(res.headers.get('retry-after'));
    return {
      kind: 'failed',
      status: res.status,
      message,
      ...(Number.isFinite(ra) && ra > 0 ? { retryAfterMs: ra * 1000 } : {}),
    };
  }
  return { kind: 'rejected', error: body.error, message };
}
