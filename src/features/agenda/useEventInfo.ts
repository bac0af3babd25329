/**
 * The event the device shows (title, dates, city, zone), from the agenda on
 * the device: the shipped 2015 convening until another one is published.
 * Mounted once in the Shell, it also makes that event the one the event
 * clock (src/domain/clock.ts) and "now / next" use.
 */
import { useEffect, useSyncExternalStore } from 'react';
import {
  currentEvent,
  eventOf,
  setCurrentEvent,
  subscribeCurrentEvent,
  type EventInfo,
} from '../../domain/event';
import { useAgenda } from './useAgenda';

/** The shown event, re-rendering when it changes. */
export function useEventInfo(): EventInfo {
  return useSyncExternalStore(subscribeCurrentEvent, currentEvent, currentEvent);
}

/** Keeps the shown event in step with the agenda on the device (mount once). */
export function useEventFromAgenda(): EventInfo {
  const { agenda } = useAgenda();
  const event = eventOf(agenda);
  useEffect(() => setCurrentEvent(event), [event]);
  return useEventInfo();
}
