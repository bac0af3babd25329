/**
 * False while React hydrates the prerendered agenda, true afterwards. Values
 * that depend on this device (its time zone, a clock pinned in this tab)
 * wait for it, so the first client render matches the prerendered HTML.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useMounted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
