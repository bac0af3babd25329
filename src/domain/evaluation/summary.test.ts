import { describe, expect, it } from 'vitest';
import { SHIPPED_AGENDA } from '../../content/agenda';
import { summarizeEvaluations } from './summary';

describe('summarizeEvaluations', () => {
  it('counts, averages and spreads ratings per session, keeping comments', () => {
    const out = summarizeEvaluations(
      SHIPPED_AGENDA.sessions,
      [
        { sessionId: 'd1-welcome', rating: 5, comment: ' Clear ' },
        { sessionId: 'd1-welcome', rating: 4 },
        { sessionId: 'd1-welcome', rating: 4, comment: '  ' },
        { sessionId: 'gone', rating: 1 },
      ],
      [{ answers: { plan: 5, practices: 3, planningTime: 1 } }],
    );
    const welcome = out.sessions.find((s) => s.sessionId === 'd1-welcome')!;
    expect(welcome).toMatchObject({ count: 3, mean: 4.33, distribution: [0, 0, 0, 2, 1] });
    expect(welcome.comments).toEqual(['Clear']);
    expect(out.sessions.find((s) => s.sessionId === 'd1-the-act')).toMatchObject({
      count: 0,
      mean: null,
    });
    // A rating of a session since removed is kept and named as such.
    expect(out.sessions.at(-1)).toMatchObject({ sessionId: 'gone', count: 1 });
    expect(out.sessions).toHaveLength(SHIPPED_AGENDA.sessions.length + 1);
    expect(out.overall.questions.map((q) => q.mean)).toEqual([5, 3, 1]);
  });
});
