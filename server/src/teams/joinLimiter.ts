/**
 * Slows join-code guessing without letting an attacker lock a real team out.
 *
 * - Per source address: 5 failed codes per minute are free; past that the
 *   source is locked out (every join from it gets 429 + Retry-After, even a
 *   correct code, otherwise a correct answer would leak through the lock),
 *   and each further lockout doubles, up to an hour. Only the guessing source
 *   is affected: an attacker cannot lock anyone else's address.
 * - Per submitted code: the same wrong code (e.g. a revoked one that leaked)
 *   tried 10 times in 10 minutes from anywhere is answered 429 for that code
 *   only. A team's current code never fails, so it is never limited.
 * - Globally: when more than GLOBAL_BUDGET failures per minute arrive across
 *   all sources (a guesser spreading over many addresses), every join answer
 *   is delayed (tarpit, at most TARPIT_MS). That caps the guessing rate per
 *   connection while real teams still join, a little slower. With 31^10 codes
 *   and ~60 teams, even 1,000 guesses a second need centuries to hit one.
 */
export const IP_FREE_FAILURES = 5;
export const IP_WINDOW_MS = 60_000;
export const LOCKOUT_BASE_MS = 30_000;
export const LOCKOUT_CAP_MS = 60 * 60_000;
export const CODE_MAX_FAILURES = 10;
export const CODE_WINDOW_MS = 10 * 60_000;
export const GLOBAL_BUDGET = 60;
export const TARPIT_MS = 1_000;
const MAX_TRACKED = 50_000;

interface SourceState {
  failures: number[];
  lockedUntil: number;
  lockouts: number;
  lastSeen: number;
}

export type JoinVerdict =
  { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

export class JoinLimiter {
  private sources = new Map<string, SourceState>();
  private codes = new Map<string, number[]>();
  private global: number[] = [];

  constructor(private now: () => number = Date.now) {}

  /** Before checking a code: may this source try, and after how long a pause? */
  check(source: string, codeKey: string): JoinVerdict {
    const t = this.now();
    const s = this.sources.get(source);
    if (s && s.lockedUntil > t) return { allowed: false, retryAfterMs: s.lockedUntil - t };
    const codeFails = prune(this.codes.get(codeKey), t - CODE_WINDOW_MS);
    if (codeFails.length >= CODE_MAX_FAILURES) {
      return { allowed: false, retryAfterMs: codeFails[0]! + CODE_WINDOW_MS - t };
    }
    this.global = prune(this.global, t - IP_WINDOW_MS);
    const over = this.global.length - GLOBAL_BUDGET;
    const delayMs = over > 0 ? Math.min(TARPIT_MS, 100 + over * 10) : 0;
    return { allowed: true, delayMs };
  }

  failure(source: string, codeKey: string): void {
    const t = this.now();
    this.trim();
    const s = this.sources.get(source) ?? {
      failures: [],
      lockedUntil: 0,
      lockouts: 0,
      lastSeen: t,
    };
    // A source that stayed quiet for an hour starts over.
    if (t - s.lastSeen > LOCKOUT_CAP_MS) s.lockouts = 0;
    s.lastSeen = t;
    s.failures = prune(s.failures, t - IP_WINDOW_MS);
    s.failures.push(t);
    if (s.failures.length > IP_FREE_FAILURES) {
      s.lockedUntil = t + Math.min(LOCKOUT_CAP_MS, LOCKOUT_BASE_MS * 2 ** s.lockouts);
      s.lockouts += 1;
      s.failures = [];
    }
    this.sources.set(source, s);
    const c = prune(this.codes.get(codeKey), t - CODE_WINDOW_MS);
    c.push(t);
    this.codes.set(codeKey, c);
    this.global.push(t);
  }

  success(source: string): void {
    const s = this.sources.get(source);
    if (s) s.failures = [];
  }

  // Bound memory under an address-spraying attack: forget the oldest entries.
  private trim() {
    for (const map of [this.sources, this.codes] as Map<string, unknown>[]) {
      if (map.size < MAX_TRACKED) continue;
      const drop = Math.floor(MAX_TRACKED / 10);
      let i = 0;
      for (const key of map.keys()) {
        if (i++ >= drop) break;
        map.delete(key);
      }
    }
    if (this.global.length > MAX_TRACKED) this.global = this.global.slice(-MAX_TRACKED);
  }
}

function prune(list: number[] | undefined, since: number): number[] {
  if (!list) return [];
  let i = 0;
  while (i < list.length && list[i]! < since) i++;
  return i === 0 ? list : list.slice(i);
}
