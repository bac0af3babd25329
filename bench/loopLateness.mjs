// How late an event loop runs a 10 ms ticker: the stall figures of the
// planning-hour bench, the same measure on both sides (the devices' process,
// and the endpoint through bench/endpointLoop.mjs). Plain JavaScript so the
// endpoint can preload it without a TypeScript loader.

const TICK_MS = 10;

/**
 * Starts the ticker. `lateness` holds each tick's delay past its due time;
 * `stalls` the times of those of at least `longMs`, to match against slow
 * answers. `reset()` starts both again; `stop()` ends the ticker.
 */
export function watchLoop(longMs = Infinity) {
  const lateness = [];
  const stalls = [];
  let tick = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = Math.max(0, now - tick - TICK_MS);
    lateness.push(late);
    if (late >= longMs) stalls.push({ start: tick + TICK_MS, end: now });
    tick = now;
  }, TICK_MS);
  timer.unref();
  return {
    lateness,
    stalls,
    reset() {
      lateness.length = 0;
      stalls.length = 0;
    },
    stop: () => clearInterval(timer),
  };
}

/** The longest lateness and its 99th percentile, in ms. */
export function stallFigures(lateness) {
  const s = [...lateness].sort((a, b) => a - b);
  return {
    maxMs: s[s.length - 1] ?? 0,
    p99Ms: s[Math.min(s.length - 1, Math.floor(0.99 * s.length))] ?? 0,
  };
}
