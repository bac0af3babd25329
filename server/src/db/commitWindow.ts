/**
 * How long a group commit waits for company, from how fast writes arrive.
 *
 * Every commit costs an fsync and at least one 4 KiB filesystem page, so
 * syncs that share a commit share that cost. Waiting helps only when others
 * are coming: a lone device (one teammate typing) should not wait at all
 * beyond the short base window, while at the planning hour's 275 syncs a
 * second about four syncs arrive within 16 ms (arithmetic, not a count of
 * commits). A fixed 15 ms window against 4 ms wrote about a third fewer
 * bytes per sync while typing (BENCHMARKS.md, "Disk and memory").
 */

/** Writes per second, decayed exponentially: cheap enough to update on every write. */
export class ArrivalRate {
  private weight = 0;
  private last = Number.NEGATIVE_INFINITY;

  /** `halfLifeMs`: how fast the estimate forgets (a burst is seen within a few tens of writes). */
  constructor(private halfLifeMs = 500) {}

  private decayTo(now: number): void {
    if (this.last !== Number.NEGATIVE_INFINITY && now > this.last) {
      this.weight *= Math.pow(0.5, (now - this.last) / this.halfLifeMs);
    }
    this.last = Math.max(this.last, now);
  }

  /** One write arrived at `now` (ms). */
  note(now: number): void {
    this.decayTo(now);
    this.weight += 1;
  }

  /** Estimated writes per second at `now`: the decayed count over its mean age. */
  perSecond(now: number): number {
    this.decayTo(now);
    return (this.weight * 1000 * Math.LN2) / this.halfLifeMs;
  }
}

/** Below this rate the base window is used; at or above BUSY_PER_SEC, the busy one. */
export const QUIET_PER_SEC = 25;
export const BUSY_PER_SEC = 100;

/** The wait for a batch's first write: `baseMs` when quiet, up to `busyMs` when busy. */
export function commitWindowMs(ratePerSec: number, baseMs: number, busyMs: number): number {
  if (busyMs <= baseMs) return baseMs;
  const busy = Math.min(
    1,
    Math.max(0, (ratePerSec - QUIET_PER_SEC) / (BUSY_PER_SEC - QUIET_PER_SEC)),
  );
  return baseMs + (busyMs - baseMs) * busy;
}
