import { describe, expect, it } from 'vitest';
import type { SessionEvaluationSummary } from '../../wire/evaluations';
import { sortEvaluationSummaries } from './evaluationSort';

const row = (sessionId: string, start: string, count: number, mean: number | null) =>
  ({
    sessionId,
    title: sessionId,
    start,
    room: '',
    count,
    mean,
    distribution: [0, 0, 0, 0, 0],
    comments: [],
  }) as SessionEvaluationSummary;

const rows = [
  row('b', '2015-06-10T10:00', 3, 4),
  row('a', '2015-06-10T09:00', 0, null),
  row('c', '2015-06-11T09:00', 5, 4.5),
];

describe('sortEvaluationSummaries', () => {
  it('sorts by agenda time, mean (unrated last) or count', () => {
    const ids = (key: 'time' | 'mean' | 'count') =>
      sortEvaluationSummaries(rows, key).map((r) => r.sessionId);
    expect(ids('time')).toEqual(['a', 'b', 'c']);
    expect(ids('mean')).toEqual(['c', 'b', 'a']);
    expect(ids('count')).toEqual(['c', 'b', 'a']);
  });
});
