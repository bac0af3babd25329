/**
 * When a local change should be synced: `debounceMs` after the latest
 * change, so a burst of keystrokes goes in one push, but never later than
 * `maxWaitMs` after the first change not yet pushed. Without that bound a
 * steady typist (a key every 150 ms) restarted the delay on every key and
 * teammates saw nothing until they paused (issue 13, item 3).
 */
export function changeDelay(
  now: number,
  firstChangeAt: number,
  debounceMs: number,
  maxWaitMs: number,
): number {
  return Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now));
}
