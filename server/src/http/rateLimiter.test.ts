import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimiter';

describe('RateLimiter', () => {
  it('allows `limit` requests per window and key, then says when to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 1000, () => now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(limiter.take('b').allowed).toBe(true);
    now = 1001;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('forgets the least recently used keys past its bound', () => {
    const limiter = new RateLimiter(1, 60_000, () => 0, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c'); // drops 'a'
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});
