/**
 * Per-credential rate limit on plan syncs (issue 11, D3): a token bucket
 * per device credential, refilled at `perSecond` and holding up to three
 * seconds' worth, so the app's bursts (a change, an event, a reconnect in
 * the same second) pass and a loop of syncs from one device does not crowd
 * out the other teams. Pure logic over an injected clock; the route answers
 * 429 with Retry-After, which the device's backoff honours.
 */
export class SyncRateLimit {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private perSecond: number,
    private now: () => number,
    private burstSeconds = 3,
  ) {}

  /** Takes one sync for `key`; returns 0 when allowed, else the ms to wait. */
  take(key: string): number {
    const now = this.now();
    const cap = this.perSecond * this.burstSeconds;
    const b = this.buckets.get(key) ?? { tokens: cap, at: now };
    b.tokens = Math.min(cap, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    this.buckets.set(key, b);
    if (this.buckets.size > 50_000) this.sweep(now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - b.tokens) / this.perSecond) * 1000);
  }

  /** Forget full buckets: a device idle for a few seconds is like a new one. */
  private sweep(now: number): void {
    const cap = this.perSecond * this.burstSeconds;
    for (const [k, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= cap) this.buckets.delete(k);
    }
  }
}
