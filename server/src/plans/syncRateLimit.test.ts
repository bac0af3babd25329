// The per-credential sync rate limit: bursts pass, a loop is slowed, keys are independent.
import { describe, expect, it } from 'vitest';
import { SyncRateLimit } from './syncRateLimit';

describe('SyncRateLimit', () => {
  it('lets a burst of three seconds through, then asks to wait', () => {
    let t = 0;
    const limit = new SyncRateLimit(5, () => t);
    for (let i = 0; i < 15; i++) expect(limit.take('a')).toBe(0);
    expect(limit.take('a')).toBe(200);
    t += 200;
    expect(limit.take('a')).toBe(0);
  });

  it('keeps one credential from using another one’s allowance', () => {
    const limit = new SyncRateLimit(1, () => 0);
    for (let i = 0; i < 3; i++) limit.take('loud');
    expect(limit.take('loud')).toBeGreaterThan(0);
    expect(limit.take('quiet')).toBe(0);
  });
});
