/**
 * Each team's changes not yet in its history (who changed what, and the
 * plan's versions: history.ts). Diffing the whole plan per sync would cost
 * what the plan costs (several ms for a 200-step plan, at every
 * keystroke-sized sync of the planning hour), so a team's changes are
 * diffed once per batch: from the plan before the batch's first change to
 * the plan when the batch is recorded (about PLAN_HISTORY_DELAY_MS later, or
 * sooner when the history is read, a deletion comes in, the team's log is
 * compacted or the endpoint stops), each line named after whoever touched
 * its item last.
 */
import type { Storage } from '../db/index';
import type { PlanHistoryStore } from '../db/planHistory';
import type { Plan } from '../../../src/domain/plan/schema';
import { describeError } from '../../../src/domain/plan/model';
import { isEmptyPlan, recordChange } from './history';
import type { PlanReader } from './planReader';

/** A change for the team's history batch (syncPlan.ts, inside the sync's transaction). */
export interface HistoryChange {
  /** The plan before this change: required when no batch is open for the team. */
  before: Plan | undefined;
  memberId: string | null;
  now: number;
  /** Goals, steps and TA needs the change touched ('' for the plan's own fields). */
  touched: ReadonlySet<string>;
  previousChangeAt: number;
  timeZone: string;
  store: PlanHistoryStore;
}

/** What a batch needs of the team's in-memory plan (planDocs.ts's entry has it). */
export interface BatchedPlan {
  reader: PlanReader;
  version: number;
  /** Set to the plan read at recording: the next batch's "before" while nothing changes. */
  historyRead?: { version: number; plan: Plan };
}

interface Batch {
  before: Plan;
  previousChangeAt: number;
  firstAt: number;
  lastAt: number;
  lastMember: string | null;
  authors: Map<string, string | null>;
  timeZone: string;
  store: PlanHistoryStore;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * A batch falls due between these fractions of the delay. Teams that start
 * typing together (the planning block opens) would otherwise have every
 * batch due in the same few milliseconds, 3 s later and again each 3 s
 * after: 55 diffs of whole plans queued with the syncs of that moment, the
 * planning hour's slowest answers (BENCHMARKS.md). Spread by a random
 * share each time a batch opens, the teams should drift further apart
 * round by round (expected, not measured).
 */
export const BATCH_DUE_SPREAD = [0.75, 1.25] as const;

/** When a batch opened now falls due: `delayMs` spread by `random()` in [0, 1). */
export function batchDueInMs(delayMs: number, random: number): number {
  const [lo, hi] = BATCH_DUE_SPREAD;
  return Math.round(delayMs * (lo + (hi - lo) * random));
}

export class HistoryBatches {
  private open = new Map<string, Batch>();
  private inflight = new Set<Promise<unknown>>();
  private closed = false;

  /**
   * `delayMs` 0 records every change with itself; `entry` gives the team's
   * in-memory plan (planDocs.ts) when a batch is recorded; `random` spreads
   * when batches fall due (batchDueInMs).
   */
  constructor(
    private storage: Storage,
    private delayMs: number,
    private log: (line: string) => void,
    private entry: (teamId: string) => BatchedPlan,
    private random: () => number = Math.random,
  ) {}

  /** Whether the team has a batch open (a change then needs no "before"). */
  isOpen(teamId: string): boolean {
    return this.open.has(teamId);
  }

  /** Add a stored change to the team's batch, opening one if none is. */
  note(teamId: string, change: HistoryChange): void {
    let b = this.open.get(teamId);
    if (!b) {
      if (!change.before) throw new Error('A new history batch needs the plan before the change.');
      b = {
        before: change.before,
        previousChangeAt: change.previousChangeAt,
        firstAt: change.now,
        lastAt: change.now,
        lastMember: change.memberId,
        authors: new Map(),
        timeZone: change.timeZone,
        store: change.store,
        timer: undefined,
      };
      this.open.set(teamId, b);
      if (this.delayMs > 0 && !this.closed) {
        b.timer = setTimeout(
          () => void this.flush(teamId),
          batchDueInMs(this.delayMs, this.random()),
        );
        b.timer.unref();
      }
    }
    for (const id of change.touched) b.authors.set(id, change.memberId);
    b.lastMember = change.memberId;
    b.lastAt = change.now;
    // No delay configured, or the plan's first content (one "started the plan"
    // line, kept apart from what follows): recorded with the change itself.
    if (!b.timer || isEmptyPlan(b.before)) this.recordNow(teamId);
  }

  /** Record the team's open batch in a commit of its own (resolves after it). */
  flush(teamId: string): Promise<void> {
    if (!this.open.has(teamId)) return Promise.resolve();
    const job = this.storage
      .commit(() => this.recordNow(teamId))
      .catch((err: unknown) => {
        if (!this.closed) this.log(`History of team ${teamId} failed: ${describeError(err)}`);
      })
      .finally(() => this.inflight.delete(job));
    this.inflight.add(job);
    return job;
  }

  /** Inside a transaction: diff the batch's "before" with the plan now, and write it. */
  recordNow(teamId: string): void {
    const b = this.open.get(teamId);
    if (!b) return;
    this.open.delete(teamId);
    if (b.timer) clearTimeout(b.timer);
    const e = this.entry(teamId);
    const after = e.reader.read();
    e.historyRead = { version: e.version, plan: after };
    const parents = new Map<string, string>();
    for (const plan of [b.before, after]) {
      for (const g of plan.goals) for (const st of g.steps) parents.set(st.id, g.id);
    }
    const authorOf = (itemId: string): string | null => {
      const parent = parents.get(itemId);
      if (b.authors.has(itemId)) return b.authors.get(itemId) ?? null;
      if (parent !== undefined && b.authors.has(parent)) return b.authors.get(parent) ?? null;
      return b.lastMember;
    };
    recordChange(
      b.store,
      {
        teamId,
        memberId: b.lastMember,
        now: b.lastAt,
        timeZone: b.timeZone,
        previousChangeAt: b.previousChangeAt,
        batch: { firstAt: b.firstAt, authorOf },
      },
      b.before,
      after,
    );
  }

  /** Write every open batch, then wait for those under way (before the storage closes). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.open.keys()].map((t) => this.flush(t)));
    this.closed = true;
    await Promise.allSettled([...this.inflight]);
  }
}
