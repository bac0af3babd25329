/** The evaluation send loop: sent only when acknowledged, refusals kept, retries later. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { saveEvaluation } from '../db/evaluations';
import { sendEvaluations } from './evaluations';

const answer = (status: number, body: unknown = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  await db.evaluations.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('sendEvaluations', () => {
  it('posts each unsent evaluation once and marks it sent on a 2xx', async () => {
    const a = await saveEvaluation({ kind: 'session', sessionId: 's1', rating: 4 });
    await saveEvaluation({ kind: 'overall', answers: { plan: 5, practices: 4, planningTime: 3 } });
    const fetchImpl = vi.fn(async () => answer(201, { result: 'created' }));
    await sendEvaluations(fetchImpl as unknown as typeof fetch);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
    const init = (fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1];
    const body = JSON.parse(String(init.body));
    expect(body).toEqual({ id: a.id, sessionId: 's1', rating: 4 });
    expect((await db.evaluations.toArray()).map((r) => r.sent)).toEqual([1, 1]);
    await sendEvaluations(fetchImpl as unknown as typeof fetch);
    expect(fetchImpl).toHaveBeenCalledTimes(2);
  });

  it('keeps a row unsent when it changed while its send was under way', async () => {
    await saveEvaluation({ kind: 'session', sessionId: 's1', rating: 2 });
    const fetchImpl = vi.fn(async () => {
      await saveEvaluation({ kind: 'session', sessionId: 's1', rating: 5 });
      return answer(201);
    });
    await sendEvaluations(fetchImpl as unknown as typeof fetch);
    const [row] = await db.evaluations.toArray();
    expect(row).toMatchObject({ rating: 5, sent: 0 });
  });

  it('keeps a refusal on the row and stops resending it; retries on 503', async () => {
    const row = await saveEvaluation({ kind: 'session', sessionId: 's1', rating: 3 });
    await sendEvaluations((async () =>
      answer(409, {
        error: 'evaluation_closed',
        message: 'The convening is over.',
      })) as unknown as typeof fetch);
    expect(await db.evaluations.get(row.id)).toMatchObject({
      sent: 0,
      refused: 'The convening is over.',
    });
    const again = vi.fn(async () => answer(201));
    await sendEvaluations(again as unknown as typeof fetch);
    expect(again).not.toHaveBeenCalled();

    await saveEvaluation({ kind: 'session', sessionId: 's2', rating: 3 });
    const busy = vi.fn(async () => answer(503, { error: 'storage_full', message: 'Busy' }));
    await sendEvaluations(busy as unknown as typeof fetch);
    expect(busy).toHaveBeenCalledTimes(1);
    expect((await db.evaluations.where('target').equals('s2').first())?.sent).toBe(0);
  });
});
