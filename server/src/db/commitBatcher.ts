/**
 * Group commit for plan syncs. With `synchronous = FULL` every SQLite commit
 * waits for the disk (about 5 ms here), which would cap the endpoint at a
 * couple of hundred syncs a second. Syncs arriving in the same event-loop
 * turn are run together in ONE transaction (each in its own savepoint, so
 * one failing job rolls back only itself) and all answered after that single
 * commit: still "committed before the 2xx", at a fraction of the fsyncs.
 */
import type Database from 'better-sqlite3';
import { ArrivalRate, commitWindowMs } from './commitWindow';

interface Job {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

export class CommitBatcher {
  private queue: Job[] = [];
  private scheduled = false;
  private arrivals = new ArrivalRate();

  constructor(
    private db: Database.Database,
    private maxBatch = 256,
    /** A batch stops taking jobs after this long, so other requests (health checks, other teams) get a turn. */
    private maxBatchMs = 20,
    /**
     * How long the first job of a batch waits for others. Every commit costs
     * an fsync and at least one 4 KiB filesystem page, whatever it holds; a
     * few milliseconds let the syncs of a busy moment share them.
     */
    private windowMs = 4,
    /** The longest wait, reached when writes come fast (commitWindow.ts). */
    private busyWindowMs = windowMs,
  ) {}

  /** Run `fn` inside the next batch transaction; resolves after the commit. */
  submit<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: fn, resolve: resolve as (v: unknown) => void, reject });
      const now = performance.now();
      this.arrivals.note(now);
      if (!this.scheduled) {
        this.scheduled = true;
        const wait = commitWindowMs(this.arrivals.perSecond(now), this.windowMs, this.busyWindowMs);
        if (wait > 0) setTimeout(() => this.flush(), wait);
        else setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch: Job[] = [];
    const outcomes: ({ ok: true; value: unknown } | { ok: false; err: unknown })[] = [];
    const started = performance.now();
    try {
      this.db
        .transaction(() => {
          while (
            this.queue.length > 0 &&
            batch.length < this.maxBatch &&
            (batch.length === 0 || performance.now() - started < this.maxBatchMs)
          ) {
            const job = this.queue.shift()!;
            batch.push(job);
            // A nested better-sqlite3 transaction is a savepoint: a throwing job undoes only itself.
            try {
              outcomes.push({ ok: true, value: this.db.transaction(job.run)() });
            } catch (err) {
              outcomes.push({ ok: false, err });
            }
          }
        })
        .immediate();
    } catch (err) {
      for (const job of batch) job.reject(err);
      return;
    } finally {
      // What did not fit runs in the next turn, after pending I/O.
      if (this.queue.length > 0 && !this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    }
    batch.forEach((job, i) => {
      const o = outcomes[i]!;
      if (o.ok) job.resolve(o.value);
      else job.reject(o.err);
    });
  }
}
