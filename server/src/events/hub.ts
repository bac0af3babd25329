/**
 * In-process publish/subscribe for change announcements. Routes publish
 * (agenda published, a team's plan moved); the SSE route (GET /api/events)
 * subscribes and forwards to connected devices. One process, so no broker.
 */

export type HubEvent =
  | { type: 'agenda'; version: number }
  | {
      type: 'plan';
      teamId: string;
      /** The stored update itself, pushed to the team's other streams (live edits). */
      update?: Uint8Array;
      /** The credential whose sync made it: its own streams are not told (it has it). */
      from?: string;
    }
  /** Who has the team's plan open changed (streams read the list from the presence book). */
  | { type: 'presence'; teamId: string }
  /** Credentials were revoked: one (credentialHash) or, without it, all of the team's. */
  | { type: 'revoked'; teamId: string; credentialHash?: string };

export type HubListener = (event: HubEvent) => void;

export interface EventHub {
  /** Returns the function that unsubscribes this listener. */
  subscribe(listener: HubListener): () => void;
  publish(event: HubEvent): void;
  /** Number of current subscribers (health, benchmarks). */
  size(): number;
}

export function createEventHub(onListenerError?: (err: unknown) => void): EventHub {
  const listeners = new Set<HubListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    publish(event) {
      // Copy first: a listener may unsubscribe (or subscribe) while we iterate.
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (err) {
          // One broken subscriber must not stop the others from hearing the news.
          onListenerError?.(err);
        }
      }
    },
    size: () => listeners.size,
  };
}
