/**
 * POST /api/plans/:teamId/sync — a team device pushes its unsent updates and
 * state vector and gets back what it lacks. The team comes from the
 * credential; the path must name that same team. The change is committed
 * (SQLite transaction) before the answer leaves; then the team's other
 * devices are told through the event hub.
 */
import type { App, AppDeps } from '../context';
import { createPlanStore } from '../db/plans';
import { createTeamStore } from '../db/teams';
import { jsonError, readJsonBody } from '../http/errors';
import { CommitBatcher } from '../plans/commitBatcher';
import { syncInTransaction } from '../plans/syncPlan';
import { validatePlanDoc } from '../plans/validate';
import { teamAuthRefusal, teamFromRequest } from '../teams/teamAuth';
import {
  MAX_BODY_BYTES,
  MIN_PROTOCOL,
  PROTOCOL_VERSION,
  SYNC_ERRORS,
  fromBase64,
  syncRequestSchema,
  toBase64,
} from '../../../src/wire/protocol';

export function register(app: App, deps: AppDeps): void {
  const teams = createTeamStore(deps.storage.db);
  const plans = createPlanStore(deps.storage.db);
  const batcher = new CommitBatcher(deps.storage.db);

  app.post('/api/plans/:teamId/sync', async (c) => {
    c.header('Cache-Control', 'no-store');
    const teamId = teamFromRequest(c, teams);
    if (!teamId) return teamAuthRefusal(c, teams);
    // Nothing of the other team is ever read: only whether the id exists.
    const wanted = c.req.param('teamId');
    if (wanted !== teamId) {
      return teams.get(wanted)
        ? jsonError(c, 403, SYNC_ERRORS.forbidden, 'This credential belongs to another team.')
        : jsonError(c, 404, SYNC_ERRORS.notFound, 'No such team.');
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
    };
    // Committed (with the other syncs of this moment) before we answer.
    const result = await batcher.submit(() =>
      syncInTransaction(plans, teamId, input, validatePlanDoc, deps.now().getTime()),
    );
    if (!result.ok) return jsonError(c, result.status, result.error, result.message);
    if (result.changed) deps.hub.publish({ type: 'plan', teamId });
    return c.json({
      update: toBase64(result.update),
      stateVector: toBase64(result.stateVector),
      serverTime: deps.now().getTime(),
    });
  });
}
