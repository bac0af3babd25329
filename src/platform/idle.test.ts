import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenIdle', () => {
  it('runs the work later, when the browser reports idle time, never at once', () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    const run = vi.fn();
    whenIdle(run);
    expect(run).not.toHaveBeenCalled();
    expect(callbacks).toHaveLength(1);
    callbacks[0]!({ didTimeout: false, timeRemaining: () => 10 });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('falls back to a short timer without requestIdleCallback, and can be cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    const kept = vi.fn();
    const cancel = whenIdle(run);
    whenIdle(kept);
    cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
  });
});
