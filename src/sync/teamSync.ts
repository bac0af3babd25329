/**
 * The device's sync loop for one team plan: a plain class (no React) that
 * runs syncOnce over the plan's storage port (its outbox) whenever something may have changed —
 * a local change (debounced, with a maximum wait so steady typing still
 * goes out), `online`, the page becoming visible, a timer while online, and
 * the endpoint's plan events — with exponential backoff and full jitter
 * after failures. A plan event that carries a teammate's update is applied
 * directly (live edits); only one without, or one that cannot be applied,
 * costs a sync. It publishes the status the badge shows.
 */
import * as Y from 'yjs';
import type { PlanStore } from '../plan-runtime/storagePort';
import { backoffDelay } from './backoff';
import { changeDelay } from './changeDelay';
import { apiBase } from './config';
import { onPlanEvent, startLiveEvents } from './events';
import { planEventOf } from './planNews';
import { syncOnce, type SyncOutcome } from './planSync';
import { setSyncStatus } from './status';
import { sendSubmissions } from './submissions';
import { markFullPushDone, markRemovedFromTeam, type TeamLinkRow } from './teams';

/** A local change syncs this long after the latest keystroke... */
export const CHANGE_DEBOUNCE_MS = 60;
/** ...and never later than this after the first one not yet pushed (live edits). */
export const CHANGE_MAX_WAIT_MS = 250;
export const PERIODIC_MS = 30_000;

/** What the loop needs from the open plan (LocalPlan satisfies it). */
export interface SyncablePlan {
  planId: string;
  doc: Y.Doc;
  /** The plan's storage port: the sync reads and acknowledges its outbox there. */
  store: Pick<PlanStore, 'unsent' | 'markSent'>;
  applyRemoteUpdate(update: Uint8Array): Promise<void>;
  onCommitted(listener: (seq: number) => void): () => void;
  flush(): Promise<void>;
}

export class TeamSync {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private again = false;
  private attempt = 0;
  private stopped = false;
  private halted = false;
  private cleanups: (() => void)[] = [];
  /** When the oldest local change not yet in a push was committed. */
  private firstChangeAt: number | undefined;
  /** The pending timer is a change's debounce (another change may postpone it). */
  private timerIsChange = false;
  private dueAt = 0;
  lastOutcome: SyncOutcome | undefined;

  constructor(
    private plan: SyncablePlan,
    private link: TeamLinkRow,
  ) {}

  start(): void {
    setSyncStatus({ kind: 'syncing' });
    this.cleanups.push(this.plan.onCommitted(() => this.scheduleChange()));
    this.cleanups.push(
      onPlanEvent((payload) => {
        const news = planEventOf(payload);
        if (news?.teamId === this.link.teamId) this.receive(news.update);
      }),
    );
    startLiveEvents(this.link.credential);
    if (typeof window !== 'undefined') {
      const onOnline = () => this.schedule(0, true);
      const onOffline = () => setSyncStatus({ kind: 'offline' });
      const onVisible = () => {
        if (document.visibilityState === 'visible') this.schedule(0);
      };
      window.addEventListener('online', onOnline);
      window.addEventListener('offline', onOffline);
      document.addEventListener('visibilitychange', onVisible);
      const tick = setInterval(() => {
        if (navigator.onLine) this.schedule(0);
      }, PERIODIC_MS);
      this.cleanups.push(() => {
        window.removeEventListener('online', onOnline);
        window.removeEventListener('offline', onOffline);
        document.removeEventListener('visibilitychange', onVisible);
        clearInterval(tick);
      });
    }
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const c of this.cleanups.splice(0)) c();
  }

  /**
   * A teammate's change from the event stream: apply the pushed update at
   * once (no round trip); sync when none came along (too large) or when it
   * cannot be applied (it builds on changes this device lacks).
   */
  receive(update?: Uint8Array): void {
    if (this.stopped) return;
    if (!update) return this.schedule(0);
    this.plan.applyRemoteUpdate(update).catch(() => this.schedule(0));
  }

  /** A local change was stored: sync soon, debounced with a maximum wait. */
  scheduleChange(): void {
    const now = Date.now();
    this.firstChangeAt ??= now;
    this.schedule(
      changeDelay(now, this.firstChangeAt, CHANGE_DEBOUNCE_MS, CHANGE_MAX_WAIT_MS),
      false,
      true,
    );
  }

  /**
   * Sync after `delayMs`; `reset` forgets the backoff (we just came online);
   * `change` marks a local change's debounce, which may replace only another
   * debounce or a later timer, never a sooner sync already due.
   */
  schedule(delayMs: number, reset = false, change = false): void {
    if (this.stopped) return;
    if (reset) {
      this.attempt = 0;
      this.halted = false;
    }
    if (this.halted && !reset && !change) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const due = Date.now() + delayMs;
    if (this.timer && change && !this.timerIsChange && this.dueAt <= due) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerIsChange = change;
    this.dueAt = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delayMs);
  }

  /** Run one exchange now (and follow-ups); resolves when done. */
  async run(): Promise<SyncOutcome | undefined> {
    if (this.stopped || this.running) return undefined;
    this.running = true;
    this.again = false;
    // The flush below takes every change so far into this push.
    this.firstChangeAt = undefined;
    this.halted = false;
    setSyncStatus({ kind: 'syncing' });
    // Changes typed in the last few ms go into this push rather than the next.
    await this.plan.flush().catch(() => undefined);
    const { planId } = this.plan;
    const outcome = await syncOnce(
      {
        unsent: () => this.plan.store.unsent(planId),
        markSent: (seqs) => this.plan.store.markSent(planId, seqs),
        stateVector: () => Y.encodeStateVector(this.plan.doc),
        fullState: () => Y.encodeStateAsUpdate(this.plan.doc),
        applyRemote: (u) => this.plan.applyRemoteUpdate(u),
      },
      { apiBase: apiBase(), ...this.link },
    );
    this.lastOutcome = outcome;
    this.running = false;
    this.handle(outcome);
    return outcome;
  }

  private handle(outcome: SyncOutcome): void {
    switch (outcome.kind) {
      case 'synced':
        this.attempt = 0;
        if (this.link.needsFullPush) {
          this.link = { ...this.link, needsFullPush: false };
          void markFullPushDone(this.plan.planId);
        }
        setSyncStatus({ kind: 'synced', at: outcome.at });
        // The endpoint is reachable: submissions queued offline go now.
        void sendSubmissions(this.plan.planId, this.link);
        if (outcome.more || this.again) this.schedule(0);
        return;
      case 'offline':
      case 'failed': {
        // Nothing was acknowledged: the outbox stays and goes again after the wait.
        setSyncStatus(
          outcome.kind === 'failed' && outcome.status >= 500
            ? { kind: 'server_unavailable' }
            : { kind: 'offline' },
        );
        const wait = Math.max(
          outcome.kind === 'failed' ? (outcome.retryAfterMs ?? 0) : 0,
          backoffDelay(this.attempt++),
        );
        this.schedule(wait);
        return;
      }
      case 'rejected':
        // The change stays in the editor and the outbox; try again on the next edit.
        this.halted = true;
        setSyncStatus({ kind: 'rejected', reason: outcome.message });
        return;
      case 'too_old':
        this.halted = true;
        setSyncStatus({ kind: 'too_old' });
        return;
      case 'unauthorized':
        this.halted = true;
        if (outcome.revoked) {
          // The row loses its link, which stops this loop; the plan and outbox stay.
          setSyncStatus({ kind: 'removed' });
          void markRemovedFromTeam(this.plan.planId);
          return;
        }
        setSyncStatus({ kind: 'unauthorized', message: outcome.message });
        return;
    }
  }
}
