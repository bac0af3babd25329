/**
 * A plan's history, for its own team only (team credential, `teamPathCaller`):
 *
 *   GET /api/plans/:teamId/activity             who changed what, newest first;
 *                                               the last change per item; recently deleted
 *   GET /api/plans/:teamId/history              the versions (id, time, members, summary)
 *   GET /api/plans/:teamId/history/:versionId   the plan at that version, in the
 *                                               JSON export format (without Yjs state)
 *
 * Members come back by public id with the team's member list (removed
 * devices included, so past authors keep their names): never another
 * team's names, never a credential.
 */
import type { App, AppDeps } from '../context';
import { jsonError } from '../http/errors';
import { teamPathCaller } from '../teams/teamAuth';
import { SYNC_ERRORS } from '../../../src/wire/protocol';
import {
  ACTIVITY_LIMIT,
  RECENTLY_DELETED_DAYS,
  deletedItemSchema,
  versionIdSchema,
  versionReasonSchema,
  type ActivityResponse,
  type HistoryResponse,
  type LastChange,
  type RecentlyDeleted,
} from '../../../src/wire/history';
import type { Member } from '../../../src/wire/members';
import { EXPORT_FORMAT, type PlanExport } from '../../../src/domain/plan/exchange';
import { PlanSchema } from '../../../src/domain/plan/schema';

const DAY_MS = 86_400_000;

export function register(app: App, deps: AppDeps): void {
  const { teams, planHistory } = deps.storage;
  const membersOf = (teamId: string): Member[] => [...teams.membersById(teamId).values()];

  app.get('/api/plans/:teamId/activity', async (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    // Changes still in the team's history batch are written first.
    await deps.plans.flushHistory(caller.teamId);
    const { teamId } = caller;
    const view = deps.plans.view(teamId);
    const present = new Set<string>();
    if (view.read.ok) {
      for (const g of view.read.plan.goals) {
        present.add(g.id);
        for (const s of g.steps) present.add(s.id);
      }
      for (const t of view.read.plan.taNeeds) present.add(t.id);
    }
    const lastChanged: Record<string, LastChange> = {};
    for (const r of planHistory.lastChanges(teamId)) {
      if (present.has(r.itemId)) lastChanged[r.itemId] = { at: r.at, memberId: r.memberId };
    }
    const deleted: RecentlyDeleted[] = [];
    const seen = new Set<string>();
    const since = deps.now().getTime() - RECENTLY_DELETED_DAYS * DAY_MS;
    for (const r of planHistory.deletions(teamId, since)) {
      if (present.has(r.itemId) || seen.has(r.itemId)) continue;
      seen.add(r.itemId);
      const item = deletedItemSchema.safeParse(JSON.parse(r.deleted ?? 'null'));
      if (item.success) deleted.push({ at: r.at, memberId: r.memberId, item: item.data });
    }
    const body: ActivityResponse = {
      members: membersOf(teamId),
      entries: planHistory.activity(teamId, ACTIVITY_LIMIT).map((r) => ({
        at: r.at,
        memberId: r.memberId,
        itemId: r.itemId,
        text: r.line,
      })),
      lastChanged,
      deleted,
    };
    return c.json(body);
  });

  app.get('/api/plans/:teamId/history', async (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    // Changes still in the team's history batch are written first.
    await deps.plans.flushHistory(caller.teamId);
    const body: HistoryResponse = {
      members: membersOf(caller.teamId),
      versions: planHistory.versions(caller.teamId).map((v) => ({
        id: v.id,
        at: v.at,
        reason: versionReasonSchema.safeParse(v.reason).success
          ? (v.reason as HistoryResponse['versions'][number]['reason'])
          : 'activity',
        members: v.members,
        summary: v.summary,
      })),
    };
    return c.json(body);
  });

  app.get('/api/plans/:teamId/history/:versionId', async (c) => {
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    // Changes still in the team's history batch are written first.
    await deps.plans.flushHistory(caller.teamId);
    const id = c.req.param('versionId');
    if (!versionIdSchema.safeParse(id).success) {
      return jsonError(c, 400, SYNC_ERRORS.badRequest, 'A version id is a positive whole number.');
    }
    const found = planHistory.versionPlan(caller.teamId, Number(id));
    if (!found) return jsonError(c, 404, SYNC_ERRORS.notFound, 'This plan has no such version.');
    const plan = PlanSchema.safeParse(JSON.parse(found.planJson));
    if (!plan.success) {
      return jsonError(c, 500, 'version_unreadable', 'This version could not be read back.');
    }
    // The device keeps what it fetched in its own database (offline reading), not the HTTP cache.
    c.header('Cache-Control', 'no-store');
    const body: PlanExport = {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: new Date(found.at).toISOString(),
      plan: plan.data,
    };
    return c.json(body);
  });
}
