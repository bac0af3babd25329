/**
 * POST /api/plans/:teamId/presence — a team device says its plan screen is
 * open and which field is focused (a heartbeat every PRESENCE_HEARTBEAT_MS,
 * and at once when the focus moves), or that it closed (`leave`). The
 * endpoint keeps it in memory (presence/presenceBook.ts), never in the plan
 * or the database, and tells the team's streams (`presence` event, built per
 * stream in routes/events.ts). Entries expire PRESENCE_TTL_MS after the last
 * word; a sweep announces the expiry. Rate-limited per credential (429).
 */
import type { App, AppDeps } from '../context';
import { jsonError, readJsonBody } from '../http/errors';
import { SyncRateLimit } from '../plans/syncRateLimit';
import { teamPathCaller } from '../teams/teamAuth';
import { SYNC_ERRORS } from '../../../src/wire/protocol';
import { presenceInputSchema } from '../../../src/wire/presence';

/** How often expired entries are looked for (so one goes within TTL + this). */
export const PRESENCE_SWEEP_MS = 2_000;

export function register(app: App, deps: AppDeps): void {
  const { teams } = deps.storage;
  const book = deps.presence;
  const rate = new SyncRateLimit(10, () => deps.now().getTime());
  const announce = (teamId: string) => deps.hub.publish({ type: 'presence', teamId });

  const sweeper = setInterval(() => {
    for (const teamId of book.sweep()) announce(teamId);
  }, PRESENCE_SWEEP_MS);
  sweeper.unref();
  deps.shutdown.addEventListener('abort', () => clearInterval(sweeper));
  // A removed device's screens go at once rather than at expiry.
  deps.hub.subscribe((e) => {
    if (e.type !== 'revoked') return;
    const changed = e.credentialHash
      ? book.forgetCredential(e.credentialHash)
      : book.forgetTeam(e.teamId)
        ? [e.teamId]
        : [];
    for (const teamId of changed) announce(teamId);
  });

  app.post('/api/plans/:teamId/presence', async (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    const waitMs = rate.take(caller.credentialHash);
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      c.header('Retry-After', String(seconds));
      return jsonError(c, 429, SYNC_ERRORS.rateLimited, 'Too many presence updates.', {
        retryAfter: seconds,
      });
    }
    const body = await readJsonBody(c, 1024);
    if (!body.ok) return body.response;
    const parsed = presenceInputSchema.safeParse(body.value);
    if (!parsed.success) {
      return jsonError(
        c,
        400,
        SYNC_ERRORS.badRequest,
        'Send {"session": "<8-64 letters, digits, - or _>", "field": "<element id>" or null}, and "leave": true when the plan closes.',
      );
    }
    const { session, field, leave } = parsed.data;
    const member = teams.memberFor(caller.credentialHash);
    if (!member) return jsonError(c, 401, SYNC_ERRORS.unauthorized, 'Join the team again.');
    if (leave) {
      if (book.leave(caller.teamId, caller.credentialHash, session)) announce(caller.teamId);
    } else {
      book.set(caller.teamId, session, { credentialHash: caller.credentialHash, member, field });
      announce(caller.teamId);
    }
    return c.body(null, 204);
  });
}
