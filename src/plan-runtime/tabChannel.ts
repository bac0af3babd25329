/**
 * The tabs of one device keep one plan consistent through a BroadcastChannel:
 * a tab posts each change; a tab that opens says hello with its state vector
 * and is sent what it lacks; a tab that removes the plan tells the others.
 */

export type TabMessage =
  | { type: 'update'; update: Uint8Array; from: string }
  | { type: 'hello'; sv: Uint8Array; from: string }
  | { type: 'removed'; from: string };

export interface TabChannel {
  readonly tabId: string;
  post(message: TabMessage): void;
  close(): void;
}

/** Open the plan's channel, or undefined when disabled or unsupported. */
export function openTabChannel(
  planId: string,
  enabled: boolean | undefined,
  onMessage: (m: TabMessage) => void,
): TabChannel | undefined {
  if (enabled === false || typeof BroadcastChannel === 'undefined') return undefined;
  const tabId = Math.random().toString(36).slice(2);
  const channel = new BroadcastChannel(`convening-plan:${planId}`);
  channel.onmessage = (e: MessageEvent<TabMessage>) => {
    if (!e.data || e.data.from === tabId) return;
    onMessage(e.data);
  };
  return {
    tabId,
    post: (m) => channel.postMessage(m),
    close: () => channel.close(),
  };
}
