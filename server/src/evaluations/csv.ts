/**
 * The organizer's CSV of every evaluation, one row each, through the one CSV
 * writer (quoting and the formula guard: attendees typed the comments).
 */
import type { Session } from '../../../src/domain/agenda';
import { toCsv } from '../../../src/domain/csv';
import { OVERALL_QUESTIONS } from '../../../src/wire/evaluations';
import type { StoredEvaluation } from '../db/evaluations';

export const EVALUATION_CSV_COLUMNS = [
  'kind',
  'session id',
  'session',
  'session start (event time)',
  'room',
  'rating',
  ...OVERALL_QUESTIONS.map((q) => q.label),
  'comment',
  'given at',
  'last changed at',
] as const;

export function evaluationsCsv(agendaSessions: Session[], rows: StoredEvaluation[]): string {
  const sessions = new Map(agendaSessions.map((s) => [s.id, s]));
  return toCsv(
    EVALUATION_CSV_COLUMNS,
    rows.map((r) => {
      const s = r.kind === 'session' ? sessions.get(r.sessionId) : undefined;
      return [
        r.kind,
        r.kind === 'session' ? r.sessionId : '',
        s?.title ?? '',
        s?.start ?? '',
        s?.room ?? '',
        r.kind === 'session' ? r.rating : '',
        ...OVERALL_QUESTIONS.map((q) => (r.kind === 'overall' ? r.answers[q.key] : '')),
        r.comment ?? '',
        new Date(r.createdAt).toISOString(),
        new Date(r.updatedAt).toISOString(),
      ];
    }),
  );
}
