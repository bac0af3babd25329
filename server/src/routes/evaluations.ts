/**
 * Session and convening evaluations.
 *
 * - `POST /api/evaluations` (anyone; rate limited per source address and
 *   size limited): store one evaluation. The device makes the id, one per
 *   device and session; the same id again replaces it (201 the first time,
 *   200 after), so retries and duplicate sends never count twice. Refused:
 *   a session that has not started (422 evaluation_not_open), unknown or
 *   cancelled sessions, a change after the event (409 evaluation_closed).
 * - `GET /api/evaluations` and `GET /api/evaluations.csv` (organizer): the
 *   figures per session and for the convening, and every evaluation as CSV.
 */
import type { App, AppDeps } from '../context';
import { requireOrganizer } from '../auth/organizer';
import { jsonError, readJsonBody } from '../http/errors';
import { RateLimiter } from '../http/rateLimiter';
import { sourceAddress } from '../teams/sourceAddress';
import type { StoredEvaluation } from '../db/evaluations';
import { evaluationsCsv } from '../evaluations/csv';
import { AgendaSchema, type Agenda } from '../../../src/domain/agenda';
import { CSV_BOM } from '../../../src/domain/csv';
import { summarizeEvaluations } from '../../../src/domain/evaluation/summary';
import { changesOpen, overallWindow, sessionWindow } from '../../../src/domain/evaluation/window';
import {
  EVALUATION_ERRORS,
  MAX_EVALUATION_BODY_BYTES,
  parseEvaluation,
} from '../../../src/wire/evaluations';

/**
 * Per source address. Generous on purpose: a conference's attendees often
 * share one address behind the venue's Wi-Fi, and all rate the plenary at
 * once. It stops a script flooding the table, not people.
 */
export const EVALUATIONS_PER_MINUTE = 600;

export function register(app: App, deps: AppDeps, perMinute = EVALUATIONS_PER_MINUTE): void {
  const store = deps.storage.evaluations;
  const limiter = new RateLimiter(perMinute, 60_000, () => deps.now().getTime());
  const currentAgenda = (): Agenda | undefined => {
    const stored = deps.storage.agenda.current();
    if (!stored) return undefined;
    const parsed = AgendaSchema.safeParse(JSON.parse(stored.json));
    return parsed.success ? parsed.data : undefined;
  };

  app.post('/api/evaluations', async (c) => {
    c.header('Cache-Control', 'no-store');
    const verdict = limiter.take(sourceAddress(c, deps.config.trustProxy));
    if (!verdict.allowed) {
      const seconds = Math.ceil(verdict.retryAfterMs / 1000);
      c.header('Retry-After', String(seconds));
      return jsonError(
        c,
        429,
        EVALUATION_ERRORS.tooMany,
        `Too many evaluations from this network just now; the app sends yours again in ${seconds} s.`,
        { retryAfter: seconds },
      );
    }
    const body = await readJsonBody(c, MAX_EVALUATION_BODY_BYTES);
    if (!body.ok) return body.response;
    const parsed = parseEvaluation(body.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || '(body)';
      return jsonError(
        c,
        400,
        'bad_request',
        `Bad evaluation: ${where}: ${issue?.message ?? 'invalid'}.`,
      );
    }
    const e = parsed.data;
    const now = deps.now().getTime();
    const agenda = currentAgenda();
    if (!agenda) {
      return jsonError(c, 503, 'no_agenda', 'The endpoint has no agenda yet.');
    }
    const window =
      'sessionId' in e ? sessionWindow(agenda, e.sessionId, now) : overallWindow(agenda, now);
    if (!window.open) {
      const code =
        window.reason === 'not-started'
          ? EVALUATION_ERRORS.notOpen
          : window.reason === 'cancelled'
            ? EVALUATION_ERRORS.cancelled
            : EVALUATION_ERRORS.unknownSession;
      return jsonError(c, 422, code, window.message);
    }
    const existing = store.get(e.id);
    if (existing && !changesOpen(agenda, now)) {
      return jsonError(
        c,
        409,
        EVALUATION_ERRORS.closed,
        'The convening is over: evaluations given during it can no longer be changed.',
      );
    }
    const row: StoredEvaluation =
      'sessionId' in e
        ? {
            id: e.id,
            kind: 'session',
            sessionId: e.sessionId,
            rating: e.rating,
            ...(e.comment?.trim() ? { comment: e.comment.trim() } : {}),
            createdAt: now,
            updatedAt: now,
          }
        : {
            id: e.id,
            kind: 'overall',
            answers: e.answers,
            ...(e.comment?.trim() ? { comment: e.comment.trim() } : {}),
            createdAt: now,
            updatedAt: now,
          };
    const outcome = store.save(row);
    if (outcome === 'id-taken') {
      return jsonError(
        c,
        409,
        EVALUATION_ERRORS.idTaken,
        'That evaluation id belongs to another session; the device makes one id per session.',
      );
    }
    return c.json({ id: e.id, result: outcome }, outcome === 'created' ? 201 : 200);
  });

  // Without an agenda (never the case once seeded) the figures list no sessions.
  const sessions = () => currentAgenda()?.sessions ?? [];

  app.get('/api/evaluations', requireOrganizer, (c) => {
    c.header('Cache-Control', 'no-store');
    const rows = store.all();
    return c.json(
      summarizeEvaluations(
        sessions(),
        rows.flatMap((r) => (r.kind === 'session' ? [r] : [])),
        rows.flatMap((r) => (r.kind === 'overall' ? [r] : [])),
      ),
    );
  });

  app.get('/api/evaluations.csv', requireOrganizer, (c) => {
    const day = deps.now().toISOString().slice(0, 10);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="evaluations-${day}.csv"`);
    return c.body(CSV_BOM + evaluationsCsv(sessions(), store.all()));
  });
}
