import { afterEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { ArrivalRate, BUSY_PER_SEC, QUIET_PER_SEC, commitWindowMs } from './commitWindow';
import { CommitBatcher } from './commitBatcher';

describe('arrival rate', () => {
  it('estimates a steady rate and forgets it once writes stop', () => {
    const r = new ArrivalRate(500);
    for (let t = 0; t <= 5000; t += 1000 / 275) r.note(t);
    expect(r.perSecond(5000)).toBeGreaterThan(250);
    expect(r.perSecond(5000)).toBeLessThan(300);
    expect(r.perSecond(8000)).toBeLessThan(5);
  });

  it('one write now and then is a low rate', () => {
    const r = new ArrivalRate(500);
    for (let t = 0; t <= 10_000; t += 1000) r.note(t);
    expect(r.perSecond(10_000)).toBeLessThan(QUIET_PER_SEC);
  });
});

describe('commit window', () => {
  it('waits the base window when quiet, the busy one when busy, in between between', () => {
    expect(commitWindowMs(0, 4, 16)).toBe(4);
    expect(commitWindowMs(QUIET_PER_SEC, 4, 16)).toBe(4);
    expect(commitWindowMs(BUSY_PER_SEC, 4, 16)).toBe(16);
    expect(commitWindowMs(275, 4, 16)).toBe(16);
    const mid = commitWindowMs((QUIET_PER_SEC + BUSY_PER_SEC) / 2, 4, 16);
    expect(mid).toBeCloseTo(10, 5);
    // A busy window at or below the base one leaves the base window.
    expect(commitWindowMs(275, 4, 4)).toBe(4);
    expect(commitWindowMs(275, 4, 0)).toBe(4);
  });
});

describe('group commit under load', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The wait the batcher sets for the batch `submit` opens (read off setTimeout). */
  function waitFor(submit: () => unknown): number | undefined {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    submit();
    const wait = timers.mock.calls.at(-1)?.[1];
    timers.mockRestore();
    return wait;
  }

  it('a lone write waits the base window; after a burst, the next batch waits the busy one', async () => {
    const db = new Database(':memory:');
    const batcher = new CommitBatcher(db, 256, 20, 1, 16);
    let first: Promise<unknown> | undefined;
    expect(waitFor(() => (first = batcher.submit(() => 0)))).toBe(1);
    await first;
    // Two hundred writes at once (no clock involved: the count alone makes the rate).
    const burst = Array.from({ length: 200 }, (_, i) => batcher.submit(() => i));
    expect(await Promise.all(burst)).toHaveLength(200);
    let next: Promise<unknown> | undefined;
    expect(waitFor(() => (next = batcher.submit(() => 1)))).toBe(16);
    expect(await next).toBe(1);
    db.close();
  });
});
