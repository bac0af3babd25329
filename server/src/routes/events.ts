/**
 * GET /api/events — Server-Sent Events. Everyone hears `agenda` (a new
 * agenda version); a device with a ticket for its team also hears `plan`
 * when that team's plan moved (carrying the stored update when small, so
 * the device applies it without a sync; never to the credential that made
 * it) and `presence` (who else of the team has the plan open, and where;
 * routes/presence.ts), and nothing about any other team.
 * POST /api/events/ticket trades a team credential for a ticket (see
 * events/tickets.ts). A comment line every HEARTBEAT_MS keeps proxies from
 * closing idle streams. Streams are capped (events/streamLimits.ts): slots
 * reserved for team streams, anonymous streams capped per address. A team
 * stream ends when its credential is revoked, with a last `revoked` event so
 * the device syncs at once and learns it was removed (the sync's 401 is the
 * authority; the event only says "ask now").
 */
import { streamSSE } from 'hono/streaming';
import type { App, AppDeps } from '../context';
import type { HubEvent } from '../events/hub';
import { StreamLimits, type StreamKey } from '../events/streamLimits';
import { TicketBook, type TicketHolder } from '../events/tickets';
import { jsonError } from '../http/errors';
import { teamAuthRefusal, teamCaller } from '../teams/teamAuth';
import { sourceAddress } from '../teams/sourceAddress';
import {
  API_ERRORS,
  SSE_EVENTS,
  SYNC_ERRORS,
  toBase64,
  type AgendaEvent,
  type HelloEvent,
  type PlanEvent,
} from '../../../src/wire/protocol';
import type { PresenceEvent } from '../../../src/wire/presence';

export const HEARTBEAT_MS = 20_000;
export const RETRY_MS = 5_000;

/** A revocation that ends this stream: every credential of its team, or its own. */
function revokes(e: HubEvent, holder: TicketHolder | undefined): boolean {
  if (e.type !== 'revoked' || !holder || e.teamId !== holder.teamId) return false;
  return e.credentialHash === undefined || e.credentialHash === holder.credentialHash;
}

/** A `plan` event's payload; the update (already size-capped by the sync route) as base64. */
function planPayload(teamId: string, update: Uint8Array | undefined): PlanEvent {
  return update ? { teamId, update: toBase64(update) } : { teamId };
}

/**
 * The team's open plan screens as this stream's device should see them:
 * everyone else's (its own left out), with the public member id and name
 * only, never a credential hash, and how long each holds without a heartbeat.
 */
function presencePayload(deps: AppDeps, teamId: string, ownCredential: string): PresenceEvent {
  const now = deps.now().getTime();
  return {
    teamId,
    present: deps.presence
      .list(teamId)
      .filter((r) => r.credentialHash !== ownCredential)
      .map((r) => ({
        memberId: r.member.id,
        name: r.member.name,
        role: r.member.role,
        field: r.field,
        expiresInMs: Math.max(0, r.expiresAt - now),
      })),
  };
}

export function register(app: App, deps: AppDeps): void {
  const teams = deps.storage.teams;
  const tickets = new TicketBook(() => deps.now().getTime());
  const { sseMaxConnections, sseTeamReserved, sseMaxPerAddress } = deps.config.limits;
  const limits = new StreamLimits({
    max: sseMaxConnections,
    teamReserved: sseTeamReserved,
    perAddress: sseMaxPerAddress,
  });
  // One shutdown listener for all streams (one each would pass Node's limit of 10).
  const closers = new Set<() => void>();
  deps.shutdown.addEventListener('abort', () => {
    for (const close of [...closers]) close();
  });

  app.post('/api/events/ticket', (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamCaller(c, teams);
    if (!caller) return teamAuthRefusal(c, teams);
    return c.json(tickets.issue(caller));
  });

  app.get('/api/events', (c) => {
    const ticket = c.req.query('ticket');
    let holder: TicketHolder | undefined;
    if (ticket) {
      holder = tickets.redeem(ticket);
      // The credential that bought the ticket must still be live.
      if (holder && teams.teamForCredential(holder.credentialHash) !== holder.teamId) {
        return jsonError(
          c,
          401,
          SYNC_ERRORS.credentialRevoked,
          'This device was removed from the team.',
        );
      }
      if (!holder) {
        return jsonError(
          c,
          401,
          API_ERRORS.ticketExpired,
          'The event ticket expired; get a new one.',
        );
      }
    }
    const key: StreamKey = holder
      ? { kind: 'team', credentialHash: holder.credentialHash }
      : { kind: 'anonymous', address: sourceAddress(c, deps.config.trustProxy) };
    const slot = limits.open(key);
    if (!slot.ok) {
      c.header('Retry-After', String(slot.retryAfterS));
      return jsonError(c, slot.status, slot.error, slot.message, { retryAfter: slot.retryAfterS });
    }
    const teamId = holder?.teamId;
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: Exclude<HubEvent, { type: 'revoked' }>[] = [];
      let wake: (() => void) | undefined;
      let closed = false;
      let revoked = false;
      const close = () => {
        closed = true;
        wake?.();
      };
      const unsubscribe = deps.hub.subscribe((e) => {
        if (revokes(e, holder)) {
          revoked = true;
          return close();
        }
        if (e.type === 'revoked') return;
        if ((e.type === 'plan' || e.type === 'presence') && e.teamId !== teamId) return;
        // The device that made the change has it already (its other tabs hear it locally).
        if (e.type === 'plan' && e.from !== undefined && e.from === holder?.credentialHash) return;
        queue.push(e);
        wake?.();
      });
      stream.onAbort(close);
      closers.add(close);
      try {
        await stream.writeSSE({
          event: SSE_EVENTS.hello,
          data: JSON.stringify({ team: !!teamId } satisfies HelloEvent),
          retry: RETRY_MS,
        });
        const current = deps.storage.agenda.currentVersion();
        if (typeof current === 'number') {
          await stream.writeSSE({
            event: SSE_EVENTS.agenda,
            data: JSON.stringify({ version: current } satisfies AgendaEvent),
          });
        }
        // A team stream starts with who of the team is in the plan now.
        if (teamId && holder) {
          await stream.writeSSE({
            event: SSE_EVENTS.presence,
            data: JSON.stringify(presencePayload(deps, teamId, holder.credentialHash)),
          });
        }
        while (!closed) {
          while (queue.length > 0 && !closed) {
            const e = queue.shift()!;
            const data: AgendaEvent | PlanEvent | PresenceEvent =
              e.type === 'agenda'
                ? { version: e.version }
                : e.type === 'plan'
                  ? planPayload(e.teamId, e.update)
                  : presencePayload(deps, e.teamId, holder!.credentialHash);
            await stream.writeSSE({ event: SSE_EVENTS[e.type], data: JSON.stringify(data) });
          }
          if (closed) break;
          const timer = new Promise<'beat'>((r) => {
            const t = setTimeout(() => r('beat'), HEARTBEAT_MS);
            wake = () => {
              clearTimeout(t);
              r('beat');
            };
          });
          await timer;
          wake = undefined;
          if (!closed && queue.length === 0) await stream.write(': ping\n\n');
        }
        if (revoked && teamId) {
          await stream.writeSSE({
            event: SSE_EVENTS.revoked,
            data: JSON.stringify({ teamId } satisfies PlanEvent),
          });
        }
      } finally {
        unsubscribe();
        closers.delete(close);
        slot.release();
      }
    });
  });
}
