/**
 * A sliding-window request budget per key (a source address, a credential):
 * at most `limit` requests in any `windowMs`. Memory is bounded: the oldest
 * keys are dropped past `maxKeys`, which can only ever be generous.
 */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  private hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  /** Counts one request for `key` if its budget allows it. */
  take(key: string): RateVerdict {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => at > t - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterMs: Math.max(1, recent[0]! + this.windowMs - t) };
    }
    recent.push(t);
    this.hits.delete(key); // re-inserted last: Map order is then least recently used first
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) this.hits.delete(oldest);
    }
    return { allowed: true };
  }
}
