/**
 * When history batches fall due (historyBatches.ts): spread around the
 * delay, so teams that start typing in the same moment do not have every
 * batch diffed in the same few milliseconds, again and again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Storage } from '../db/index';
import type { PlanHistoryStore } from '../db/planHistory';
import type { Plan } from '../../../src/domain/plan/schema';
import { BATCH_DUE_SPREAD, HistoryBatches, batchDueInMs } from './historyBatches';

describe('batchDueInMs', () => {
  it('spans the spread around the delay', () => {
    const [lo, hi] = BATCH_DUE_SPREAD;
    expect(batchDueInMs(3000, 0)).toBe(3000 * lo);
    expect(batchDueInMs(3000, 0.5)).toBe(3000);
    expect(batchDueInMs(3000, 0.999_999)).toBe(3000 * hi);
    expect(batchDueInMs(0, 0.7)).toBe(0);
  });
});

describe('batches of teams that start together', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('fall due at different moments, each within the spread', async () => {
    const dueAt: number[] = [];
    // The flushes' commits are only timed here: nothing is recorded.
    const storage = {
      commit: () => {
        dueAt.push(Date.now());
        return Promise.resolve();
      },
    } as unknown as Storage;
    const draft = { goals: [], taNeeds: [], notes: 'a first line' } as unknown as Plan;
    let r = 0;
    const teams = 20;
    const batches = new HistoryBatches(
      storage,
      3000,
      () => undefined,
      () => {
        throw new Error('not recorded in this test');
      },
      () => (r++ % teams) / teams,
    );
    for (let t = 0; t < teams; t++) {
      batches.note(`team-${t}`, {
        before: draft,
        memberId: 'm',
        now: 0,
        touched: new Set(['']),
        previousChangeAt: 0,
        timeZone: 'America/New_York',
        store: {} as PlanHistoryStore,
      });
    }
    await vi.advanceTimersByTimeAsync(4000);

    expect(dueAt).toHaveLength(teams);
    expect(new Set(dueAt).size).toBe(teams);
    expect(Math.min(...dueAt)).toBeGreaterThanOrEqual(3000 * BATCH_DUE_SPREAD[0]);
    expect(Math.max(...dueAt)).toBeLessThanOrEqual(3000 * BATCH_DUE_SPREAD[1]);
  });
});
