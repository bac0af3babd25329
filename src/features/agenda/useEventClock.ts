/**
 * The clock the agenda reads: real time, or a time pinned for demos and
 * tests with `?now=2015-06-10T10:15` (event time). A valid pin is remembered
 * for the browser session (sessionStorage) so it survives navigation; a bad
 * one is ignored and reported so the screen can say so.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useLocation, useSearch } from 'wouter';
import { parseClockPin } from '../../domain/clock';

export const CLOCK_PIN_KEY = 'convening.clockPin';
const TICK_MS = 30_000;

export interface EventClock {
  /** The instant the agenda should treat as now. */
  now: number;
  /** The pinned event-local time, or null when the clock is real. */
  pinned: string | null;
  /** A `?now=` value that was refused, with why. */
  rejected: { value: string; reason: string } | null;
  clearPin: () => void;
  /**
   * A moment this device saw (a fetch, a sync) on this clock: itself on the
   * real clock; as long before the pinned time as it was before real now.
   */
  at: (realInstant: number) => number;
}

const noSubscription = () => () => {};

function readStoredPin(): string | null {
  try {
    const raw = sessionStorage.getItem(CLOCK_PIN_KEY);
    if (raw === null) return null;
    const pin = parseClockPin(raw);
    return pin.ok ? pin.local : null;
  } catch {
    return null; // storage blocked: the pin then lasts as long as the URL has it
  }
}

function writeStoredPin(local: string | null) {
  try {
    if (local === null) sessionStorage.removeItem(CLOCK_PIN_KEY);
    else sessionStorage.setItem(CLOCK_PIN_KEY, local);
  } catch {
    /* storage blocked: nothing to remember it in */
  }
}

export function useEventClock(): EventClock {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const param = new URLSearchParams(search).get('now');
  const fromUrl = param === null ? null : parseClockPin(param);
  const urlPin = fromUrl?.ok ? fromUrl.local : null;
  const [storedState, setStored] = useState(readStoredPin);
  // The prerendered page knows nothing of this tab's pin: while hydrating it
  // reads as none, and the pin applies right after. Read this way (not
  // through useMounted), a tab with no pin, nearly every visit, is not
  // rendered a second time after hydration: React re-renders only when the
  // value differs from the server's.
  const stored = useSyncExternalStore(
    noSubscription,
    () => storedState,
    () => null,
  );

  useEffect(() => {
    if (urlPin !== null && urlPin !== stored) {
      writeStoredPin(urlPin);
      setStored(urlPin);
    }
  }, [urlPin, stored]);

  const pinned = urlPin ?? stored;
  const [real, setReal] = useState(() => Date.now());
  useEffect(() => {
    if (pinned !== null) return;
    const timer = setInterval(() => setReal(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [pinned]);

  const clearPin = useCallback(() => {
    writeStoredPin(null);
    setStored(null);
    setReal(Date.now());
    if (param !== null) navigate(location, { replace: true });
  }, [param, location, navigate]);

  const pin = pinned === null ? null : parseClockPin(pinned);
  const shift = pin?.ok ? pin.instant - Date.now() : 0;
  return {
    now: pin?.ok ? pin.instant : real,
    at: (instant) => instant + shift,
    pinned: pin?.ok ? pin.local : null,
    rejected: fromUrl && !fromUrl.ok ? { value: fromUrl.value, reason: fromUrl.reason } : null,
    clearPin,
  };
}
