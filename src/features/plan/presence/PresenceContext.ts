/**
 * The open plan's presence client for the fields below it: the editor
 * provides it while the device is in a team; fields outside (or a draft not
 * in a team) get none and show no markers.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Presence, PresenceClient } from '../../../sync/presence';

export const PresenceContext = createContext<PresenceClient | undefined>(undefined);

const NONE: readonly Presence[] = [];
const noSubscription = () => () => undefined;
const noOne = () => NONE;

/** Teammates who have the plan open now (expired ones already gone). */
export function usePresent(): readonly Presence[] {
  const client = useContext(PresenceContext);
  return useSyncExternalStore(
    client?.subscribe ?? noSubscription,
    client?.getSnapshot ?? noOne,
    noOne,
  );
}
