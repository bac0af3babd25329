/** Orders of the organizer's evaluation table; pure so it has its own test. */
import type { SessionEvaluationSummary } from '../../wire/evaluations';

export type EvaluationSortKey = 'time' | 'count' | 'mean';

export const EVALUATION_SORTS: { id: EvaluationSortKey; label: string }[] = [
  { id: 'time', label: 'Agenda order' },
  { id: 'mean', label: 'Highest mean rating first' },
  { id: 'count', label: 'Most ratings first' },
];

export function sortEvaluationSummaries(
  rows: SessionEvaluationSummary[],
  key: EvaluationSortKey,
): SessionEvaluationSummary[] {
  const byTime = (a: SessionEvaluationSummary, b: SessionEvaluationSummary) =>
    a.start.localeCompare(b.start) || a.title.localeCompare(b.title);
  const sorted = [...rows];
  if (key === 'time') return sorted.sort(byTime);
  if (key === 'count') return sorted.sort((a, b) => b.count - a.count || byTime(a, b));
  // Sessions nobody rated go last, whatever their time.
  return sorted.sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1) || byTime(a, b));
}
