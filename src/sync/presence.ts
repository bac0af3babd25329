/**
 * This device's side of presence (issue 13, item 2): while the plan screen
 * is open it tells the endpoint which field is focused (at once when the
 * focus moves, debounced; a heartbeat every PRESENCE_HEARTBEAT_MS; `leave`
 * when it closes), and it keeps the team's other open screens from the
 * event stream's `presence` events. Each entry also expires here, by this
 * device's own clock, so a teammate who went offline (or a stream that
 * dropped) disappears without any word from the endpoint. Nothing of it is
 * stored: not in the plan, not in IndexedDB.
 */
import { apiBase } from './config';
import { onPresenceEvent, startLiveEvents } from './events';
import { PRESENCE_HEARTBEAT_MS, presenceEventSchema, type PresenceEntry } from '../wire/presence';

export const FOCUS_DEBOUNCE_MS = 150;

export interface PresenceLink {
  teamId: string;
  credential: string;
}

export type Presence = Omit<PresenceEntry, 'expiresInMs'> & { until: number };

export interface PresenceClientOptions {
  now?: () => number;
  session?: string;
}

function randomSession(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PresenceClient {
  private field: string | null = null;
  private present: readonly Presence[] = [];
  private listeners = new Set<() => void>();
  private cleanups: (() => void)[] = [];
  private postTimer: ReturnType<typeof setTimeout> | undefined;
  private pruneTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;
  readonly session: string;
  private stopped = false;

  constructor(
    private link: PresenceLink,
    opts: PresenceClientOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.session = opts.session ?? randomSession();
  }

  /** Start telling the endpoint (with the field focused already, if any) and listening. */
  start(field: string | null = null): void {
    this.field = field;
    this.cleanups.push(onPresenceEvent((payload) => this.receive(payload)));
    startLiveEvents(this.link.credential);
    const beat = setInterval(() => this.send(), PRESENCE_HEARTBEAT_MS);
    this.cleanups.push(() => clearInterval(beat));
    if (typeof window !== 'undefined') {
      const onOnline = () => this.send();
      window.addEventListener('online', onOnline);
      this.cleanups.push(() => window.removeEventListener('online', onOnline));
    }
    this.send();
  }

  /** The plan screen closes: say so (so teammates see it at once) and stop. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const c of this.cleanups.splice(0)) c();
    clearTimeout(this.postTimer);
    clearTimeout(this.pruneTimer);
    void this.post(true);
  }

  /** The focused field of the plan (its element id), or null. */
  focus(field: string | null): void {
    if (field === this.field || this.stopped) return;
    this.field = field;
    clearTimeout(this.postTimer);
    // Tabbing through fields sends one word, for where the focus settled.
    this.postTimer = setTimeout(() => this.send(), FOCUS_DEBOUNCE_MS);
  }

  /** Teammates' open screens, expired ones left out (useSyncExternalStore). */
  getSnapshot = (): readonly Presence[] => this.present;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A `presence` event's payload: the whole list, replacing the last one. */
  receive(payload: unknown): void {
    const parsed = presenceEventSchema.safeParse(payload);
    if (!parsed.success || parsed.data.teamId !== this.link.teamId || this.stopped) return;
    const now = this.now();
    this.present = parsed.data.present.map(({ expiresInMs, ...p }) => ({
      ...p,
      until: now + expiresInMs,
    }));
    this.prune();
  }

  private prune = (): void => {
    clearTimeout(this.pruneTimer);
    const now = this.now();
    this.present = this.present.filter((p) => p.until > now);
    for (const l of this.listeners) l();
    if (this.present.length > 0) {
      const next = Math.min(...this.present.map((p) => p.until));
      this.pruneTimer = setTimeout(this.prune, next - now);
    }
  };

  private send(): void {
    if (this.stopped) return;
    clearTimeout(this.postTimer);
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
    void this.post(false);
  }

  private async post(leave: boolean): Promise<void> {
    try {
      await fetch(`${apiBase()}/api/plans/${encodeURIComponent(this.link.teamId)}/presence`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.link.credential}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          session: this.session,
          field: this.field,
          ...(leave && { leave: true }),
        }),
        // A leave sent as the page goes must outlive it.
        keepalive: leave,
      });
    } catch {
      // Offline: the endpoint forgets us at expiry; the next heartbeat says we are back.
    }
  }
}
