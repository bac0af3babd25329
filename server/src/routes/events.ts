/**
 * GET /api/events — Server-Sent Events. Everyone hears `agenda` (a new
 * agenda version); a device with a ticket for its team also hears `plan`
 * when that team's plan moved, and nothing about any other team.
 * POST /api/events/ticket trades a team credential for a ticket (see
 * events/tickets.ts). A comment line every HEARTBEAT_MS keeps proxies from
 * closing idle streams; connections are capped.
 */
import { streamSSE } from 'hono/streaming';
import type { App, AppDeps } from '../app';
import { createTeamStore } from '../db/teams';
import type { HubEvent } from '../events/hub';
import { TicketBook } from '../events/tickets';
import { jsonError } from '../http/errors';
import { teamFromRequest } from '../teams/teamAuth';
import {
  API_ERRORS,
  SSE_EVENTS,
  SYNC_ERRORS,
  type AgendaEvent,
  type HelloEvent,
  type PlanEvent,
} from '../../../src/wire/protocol';

export const HEARTBEAT_MS = 20_000;
export const RETRY_MS = 5_000;

export function register(app: App, deps: AppDeps): void {
  const teams = createTeamStore(deps.storage.db);
  const tickets = new TicketBook(() => deps.now().getTime());
  const maxConnections = Number(process.env.SSE_MAX_CONNECTIONS) || 5_000;
  let open = 0;

  app.post('/api/events/ticket', (c) => {
    c.header('Cache-Control', 'no-store');
    const teamId = teamFromRequest(c, teams);
    if (!teamId)
      return jsonError(c, 401, SYNC_ERRORS.unauthorized, 'This needs a team credential.');
    return c.json(tickets.issue(teamId));
  });

  app.get('/api/events', (c) => {
    const ticket = c.req.query('ticket');
    let teamId: string | undefined;
    if (ticket) {
      teamId = tickets.redeem(ticket);
      if (!teamId) {
        return jsonError(
          c,
          401,
          API_ERRORS.ticketExpired,
          'The event ticket expired; get a new one.',
        );
      }
    }
    if (open >= maxConnections) {
      c.header('Retry-After', '30');
      return jsonError(c, 503, API_ERRORS.busy, 'Too many live connections; try again shortly.');
    }
    c.header('Cache-Control', 'no-store');
    c.header('X-Accel-Buffering', 'no');
    open += 1;
    return streamSSE(c, async (stream) => {
      const queue: HubEvent[] = [];
      let wake: (() => void) | undefined;
      const unsubscribe = deps.hub.subscribe((e) => {
        if (e.type === 'plan' && e.teamId !== teamId) return;
        queue.push(e);
        wake?.();
      });
      let closed = false;
      const close = () => {
        closed = true;
        wake?.();
      };
      stream.onAbort(close);
      deps.shutdown.addEventListener('abort', close);
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
        while (!closed) {
          while (queue.length > 0 && !closed) {
            const e = queue.shift()!;
            const data: AgendaEvent | PlanEvent =
              e.type === 'agenda' ? { version: e.version } : { teamId: e.teamId };
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
      } finally {
        unsubscribe();
        deps.shutdown.removeEventListener('abort', close);
        open -= 1;
      }
    });
  });
}
