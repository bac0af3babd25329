/**
 * `useLiveQuery` for this app's screens: dexie-react-hooks' own hook, except
 * that a fresh result re-renders inside `startTransition`.
 *
 * Why: dexie-react-hooks re-renders with a plain state update fired from an
 * IndexedDB callback, which React runs at default priority, in one
 * uninterruptible task. On the agenda that task re-renders every session of
 * the day (bookmarks arriving, the stored agenda replacing the shipped one,
 * a refresh's checkedAt): on a slow phone a long task that blocks taps, and
 * most of the app's total blocking time above a bare React page. In a
 * transition React renders the same update in slices it can interrupt.
 */
import { liveQuery } from 'dexie';
import { useObservable, type InteropableObservable } from 'dexie-react-hooks';
import { startTransition } from 'react';

/** Dexie's live query, delivering each result inside a transition. */
export function transitionalLiveQuery<T>(querier: () => Promise<T> | T): InteropableObservable<T> {
  const source = liveQuery(querier);
  return {
    subscribe(onNext, onError) {
      return source.subscribe({
        next: (value) => startTransition(() => onNext(value)),
        error: (err: unknown) => onError?.(err),
      });
    },
    // Dexie keeps the last result of a shared query: a screen that mounts
    // after it has one renders with it at once (no empty first frame).
    hasValue: () => source.hasValue?.() ?? false,
    getValue: () => source.getValue?.() as T,
  };
}

export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: unknown[]): T | undefined;
export function useLiveQuery<T, D>(
  querier: () => Promise<T> | T,
  deps: unknown[],
  defaultResult: D,
): T | D;
export function useLiveQuery<T, D>(
  querier: () => Promise<T> | T,
  deps: unknown[],
  defaultResult?: D,
): T | D | undefined {
  return useObservable(() => transitionalLiveQuery(querier), deps, defaultResult);
}
