/**
 * POST /api/plans/:teamId/sync — a team device pushes its unsent updates and
 * state vector and gets back what it lacks. The team comes from the
 * credential; the path must name that same team. Each credential has a sync
 * rate (429 beyond it). The sync runs against the team's in-memory document
 * (plans/planDocs.ts) and its log row is committed (group commit) before the
 * answer leaves; then the team's other devices are told through the event hub,
 * with the stored update itself when it is small (they apply it at once).
 */
import type { App, AppDeps } from '../context';
import { jsonError, readJsonBody } from '../http/errors';
import { syncInTransaction } from '../plans/syncPlan';
import { SyncRateLimit } from '../plans/syncRateLimit';
import { teamPathCaller } from '../teams/teamAuth';
import { eventZoneReader } from '../plans/eventZone';
import {
  MAX_BODY_BYTES,
  MAX_PUSHED_UPDATE_BYTES,
  MIN_PROTOCOL,
  PROTOCOL_VERSION,
  SYNC_ERRORS,
  fromBase64,
  syncRequestSchema,
  toBase64,
} from '../../../src/wire/protocol';

export function register(app: App, deps: AppDeps): void {
  const { teams, plans: planStore } = deps.storage;
  const zone = eventZoneReader(deps.storage.agenda);
  const rate = new SyncRateLimit(deps.config.plans.syncRatePerSec, () => deps.now().getTime());

  app.post('/api/plans/:teamId/sync', async (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    const { teamId } = caller;
    const waitMs = rate.take(caller.credentialHash);
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      c.header('Retry-After', String(seconds));
      return jsonError(c, 429, SYNC_ERRORS.rateLimited, 'Too many syncs from this device.', {
        retryAfter: seconds,
      });
    }
    const body = await readJsonBody(c, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    const proto = (body.value as { protocol?: unknown } | null)?.protocol;
    if (typeof proto === 'number' && proto < MIN_PROTOCOL) {
      return jsonError(
        c,
        426,
        SYNC_ERRORS.clientTooOld,
        'This app is too old to sync; please update it.',
        {
          minProtocol: MIN_PROTOCOL,
        },
      );
    }
    const parsed = syncRequestSchema.safeParse(body.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return jsonError(
        c,
        400,
        SYNC_ERRORS.badRequest,
        `Bad sync request: ${issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}` : 'invalid'}.`,
      );
    }
    if (parsed.data.protocol > PROTOCOL_VERSION) {
      return jsonError(
        c,
        400,
        'server_too_old',
        `This endpoint speaks protocol ${PROTOCOL_VERSION}.`,
      );
    }
    const input = {
      stateVector: fromBase64(parsed.data.stateVector),
      ...(parsed.data.update ? { update: fromBase64(parsed.data.update) } : {}),
      // Who and when, for "last changed by" and the activity list.
      memberId: teams.memberFor(caller.credentialHash)?.id ?? null,
      history: { store: deps.storage.planHistory, timeZone: zone(), batched: true },
    };
    // Committed (with the other syncs of this moment) before we answer.
    let result;
    try {
      result = await deps.storage.commit(() =>
        syncInTransaction(deps.plans, planStore, teamId, input, deps.now().getTime()),
      );
    } catch (err) {
      // The commit failed: the in-memory document may hold what storage does not.
      deps.plans.evict(teamId);
      throw err;
    }
    if (!result.ok) return jsonError(c, result.status, result.error, result.message);
    deps.plans.afterCommit(teamId);
    if (result.changed) {
      // The bytes go with the news (live edits), unless too big for one event.
      const push =
        result.added && result.added.byteLength <= MAX_PUSHED_UPDATE_BYTES
          ? { update: result.added }
          : {};
      deps.hub.publish({ type: 'plan', teamId, from: caller.credentialHash, ...push });
    }
    return c.json({
      update: toBase64(result.update),
      stateVector: toBase64(result.stateVector),
      serverTime: deps.now().getTime(),
    });
  });
}
