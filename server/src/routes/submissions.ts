/**
 * Plan submissions (issue 17): a team hands the organizers the version of
 * its plan it agreed on.
 *
 *   POST /api/plans/:teamId/submissions  team       {id, update} → 201 new, 200 same id again
 *   GET  /api/plans/:teamId/submissions  team       its own submissions and the latest plan
 *   GET  /api/submissions                organizer  every team: submissions, latest figures
 *   GET  /api/submissions/:teamId[?id=]  organizer  a submission as the plan export + the list
 *   GET  /api/steps.csv                  organizer  every step of each team's latest submission
 *
 * A submission is read on its own first (plans/submission.ts), then merged
 * into the team's plan like a sync (nothing on either side is lost) and
 * stored, all in one group-commit job: the id check, the merge and the row
 * commit together, so five concurrent sends of one id store one row.
 * Organizers read submissions only, never the drafts.
 */
import * as Y from 'yjs';
import type { App, AppDeps } from '../context';
import { requireOrganizer } from '../auth/organizer';
import { jsonError, readJsonBody } from '../http/errors';
import { syncInTransaction } from '../plans/syncPlan';
import { readSubmittedPlan } from '../plans/submission';
import { linkedPracticeTitles, stepsCsv } from '../plans/stepsCsv';
import { teamPathCaller } from '../teams/teamAuth';
import type { SubmissionRow } from '../db/submissions';
import { CSV_BOM } from '../../../src/domain/csv';
import { EXPORT_FORMAT, toBase64 } from '../../../src/domain/plan/exchange';
import { planFigures } from '../../../src/domain/plan/figures';
import { PlanSchema, type Plan } from '../../../src/domain/plan/schema';
import { SYNC_ERRORS, fromBase64 } from '../../../src/wire/protocol';
import {
  MAX_SUBMISSION_BODY_BYTES,
  SUBMISSION_ERRORS,
  submissionRequestSchema,
  type SubmissionAck,
  type SubmissionDetail,
  type SubmissionMeta,
  type SubmissionsList,
  type TeamOwnSubmissions,
} from '../../../src/wire/submissions';

const metaOf = (r: SubmissionRow): SubmissionMeta => ({
  id: r.id,
  submittedAt: r.submittedAt,
  memberId: r.memberId,
  memberName: r.memberName,
});

/** The stored read model; rows are written from a checked plan, so this only guards a bad file. */
function planOf(json: string): Plan | undefined {
  try {
    const parsed = PlanSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function register(app: App, deps: AppDeps): void {
  const { teams, submissions, plans: planStore } = deps.storage;

  app.post('/api/plans/:teamId/submissions', async (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    const { teamId } = caller;
    const body = await readJsonBody(c, MAX_SUBMISSION_BODY_BYTES);
    if (!body.ok) return body.response;
    const parsed = submissionRequestSchema.safeParse(body.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || '(body)';
      return jsonError(
        c,
        400,
        SYNC_ERRORS.badRequest,
        `Bad submission: ${where}: ${issue?.message ?? 'invalid'}. Send {"id": "…", "update": "<base64 of the whole plan>"}.`,
      );
    }
    const { id } = parsed.data;
    // A retry of a stored submission is answered without reading the plan again.
    const before = submissions.meta(id);
    if (before) return again(before);
    const update = fromBase64(parsed.data.update);
    const read = readSubmittedPlan(update);
    if (!read.ok) {
      return jsonError(c, read.status, SUBMISSION_ERRORS.invalidPlan, read.message);
    }
    const member = teams.memberFor(caller.credentialHash);
    const now = deps.now().getTime();
    type Outcome =
      | { kind: 'saved'; row: SubmissionRow; created: boolean; changed: boolean }
      | { kind: 'taken' }
      | { kind: 'refused'; status: 400 | 409 | 413 | 422; error: string; message: string };
    let outcome: Outcome;
    try {
      outcome = await deps.storage.commit((): Outcome => {
        // Checked again inside the job: a concurrent send of this id may have just committed.
        const existing = submissions.meta(id);
        if (existing) {
          return existing.teamId === teamId
            ? { kind: 'saved', row: existing, created: false, changed: false }
            : { kind: 'taken' };
        }
        const merged = syncInTransaction(
          deps.plans,
          planStore,
          teamId,
          { update, stateVector: Y.encodeStateVector(read.doc) },
          now,
        );
        if (!merged.ok) return { kind: 'refused', ...merged };
        const saved = submissions.save({
          id,
          teamId,
          submittedAt: now,
          memberId: member?.id ?? null,
          memberName: member?.name ?? null,
          doc: update,
          planJson: JSON.stringify(read.plan),
        });
        if (saved.outcome === 'id-taken') return { kind: 'taken' };
        return { kind: 'saved', row: saved.row, created: true, changed: merged.changed };
      });
    } catch (err) {
      deps.plans.evict(teamId);
      throw err;
    }
    if (outcome.kind === 'taken') return taken();
    if (outcome.kind === 'refused') {
      return jsonError(c, outcome.status, outcome.error, outcome.message);
    }
    deps.plans.afterCommit(teamId);
    if (outcome.changed) deps.hub.publish({ type: 'plan', teamId });
    if (!outcome.created) return again(outcome.row);
    return c.json({ ...metaOf(outcome.row), result: 'created' } satisfies SubmissionAck, 201);

    function again(row: SubmissionRow) {
      if (row.teamId !== teamId) return taken();
      return c.json({ ...metaOf(row), result: 'existing' } satisfies SubmissionAck, 200);
    }
    function taken() {
      return jsonError(
        c,
        409,
        SUBMISSION_ERRORS.idTaken,
        'That submission id is already used; the device makes a new id for each submission.',
      );
    }
  });

  app.get('/api/plans/:teamId/submissions', (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    const latest = submissions.latest(caller.teamId);
    return c.json({
      submissions: submissions.listForTeam(caller.teamId).map(metaOf),
      latestPlan: latest ? (planOf(latest.planJson) ?? null) : null,
    } satisfies TeamOwnSubmissions);
  });

  app.get('/api/submissions', requireOrganizer, (c) => {
    c.header('Cache-Control', 'no-store');
    const latest = new Map(submissions.latestOfEveryTeam().map((s) => [s.teamId, s]));
    const list: SubmissionsList = {
      teams: teams
        .list()
        .sort((a, b) => a.state.localeCompare(b.state) || a.name.localeCompare(b.name))
        .map((t) => {
          const plan = latest.has(t.id) ? planOf(latest.get(t.id)!.planJson) : undefined;
          return {
            teamId: t.id,
            state: t.state,
            team: t.name,
            submissions: submissions.listForTeam(t.id).map(metaOf),
            latest: plan ? planFigures(plan) : null,
          };
        }),
    };
    return c.json(list);
  });

  app.get('/api/submissions/:teamId', requireOrganizer, (c) => {
    c.header('Cache-Control', 'no-store');
    const team = teams.get(c.req.param('teamId'));
    if (!team) return jsonError(c, 404, SYNC_ERRORS.notFound, 'No such team.');
    const wanted = c.req.query('id');
    const stored = wanted ? submissions.get(team.id, wanted) : submissions.latest(team.id);
    if (!stored) {
      return jsonError(
        c,
        404,
        SUBMISSION_ERRORS.notFound,
        wanted
          ? `This team has no submission with id ${wanted.slice(0, 64)}.`
          : 'This team has not submitted its plan yet.',
      );
    }
    const plan = planOf(stored.planJson);
    if (!plan) {
      return jsonError(c, 500, SUBMISSION_ERRORS.invalidPlan, 'The stored submission is damaged.');
    }
    return c.json({
      teamId: team.id,
      state: team.state,
      team: team.name,
      submission: metaOf(stored),
      export: {
        format: EXPORT_FORMAT,
        version: 1,
        exportedAt: new Date(stored.submittedAt).toISOString(),
        plan,
        yjs: toBase64(stored.doc),
      },
      submissions: submissions.listForTeam(team.id).map(metaOf),
      practiceTitles: linkedPracticeTitles(plan),
    } satisfies SubmissionDetail);
  });

  app.get('/api/steps.csv', requireOrganizer, (c) => {
    const day = deps.now().toISOString().slice(0, 10);
    const byId = new Map(teams.list().map((t) => [t.id, t]));
    const plans = submissions.latestOfEveryTeam().flatMap((s) => {
      const team = byId.get(s.teamId);
      const plan = planOf(s.planJson);
      return team && plan
        ? [{ state: team.state, team: team.name, submittedAt: s.submittedAt, plan }]
        : [];
    });
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="steps-${day}.csv"`);
    return c.body(CSV_BOM + stepsCsv(plans));
  });
}
