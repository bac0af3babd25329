/**
 * The organizer's figures from stored evaluations: per session the count,
 * mean, distribution of ratings and the comments; the same per question of
 * the overall evaluation. Pure: the endpoint hands in rows and the agenda.
 */
import type { Session } from '../agenda';
import { sortSessions } from '../agendaConstants';
import {
  OVERALL_QUESTIONS,
  type EvaluationsResponse,
  type OverallQuestion,
  type SessionEvaluationSummary,
} from '../../wire/evaluations';

export interface StoredSessionEvaluation {
  sessionId: string;
  rating: number;
  comment?: string;
}
export interface StoredOverallEvaluation {
  answers: Record<OverallQuestion, number>;
  comment?: string;
}

function stats(ratings: number[]): { mean: number | null; distribution: number[] } {
  const distribution = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const r of ratings) {
    distribution[r - 1]! += 1;
    sum += r;
  }
  // Two decimals: the organizer compares sessions, not the fourth digit.
  const mean = ratings.length ? Math.round((sum / ratings.length) * 100) / 100 : null;
  return { mean, distribution };
}

const commentsOf = (rows: { comment?: string }[]) =>
  rows.map((r) => r.comment?.trim() ?? '').filter((c) => c.length > 0);

export function summarizeEvaluations(
  agendaSessions: Session[],
  sessionRows: StoredSessionEvaluation[],
  overallRows: StoredOverallEvaluation[],
): EvaluationsResponse {
  const bySession = new Map<string, StoredSessionEvaluation[]>();
  for (const row of sessionRows) {
    bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), row]);
  }
  const sessions: SessionEvaluationSummary[] = sortSessions(agendaSessions).map((s) => {
    const rows = bySession.get(s.id) ?? [];
    bySession.delete(s.id);
    return {
      sessionId: s.id,
      title: s.title,
      start: s.start,
      room: s.room,
      count: rows.length,
      ...stats(rows.map((r) => r.rating)),
      comments: commentsOf(rows),
    };
  });
  // Ratings of sessions since removed from the agenda are kept, not dropped.
  for (const [sessionId, rows] of bySession) {
    sessions.push({
      sessionId,
      title: `A session no longer on the agenda (${sessionId})`,
      start: '',
      room: '',
      count: rows.length,
      ...stats(rows.map((r) => r.rating)),
      comments: commentsOf(rows),
    });
  }
  return {
    sessions,
    overall: {
      count: overallRows.length,
      questions: OVERALL_QUESTIONS.map((q) => ({
        key: q.key,
        label: q.label,
        ...stats(overallRows.map((r) => r.answers[q.key])),
      })),
      comments: commentsOf(overallRows),
    },
  };
}
