/**
 * Runs background start-up work (service-worker registration, the first
 * agenda refresh, the event stream) once the page has loaded and the main
 * thread is idle, so it never competes with hydrating the first screen.
 * Returns a function that cancels it if it has not run yet.
 */
export function whenIdle(run: () => void, timeoutMs = 2000): () => void {
  let cancelled = false;
  let idleId: number | undefined;
  let timerId: ReturnType<typeof setTimeout> | undefined;
  const go = () => {
    if (!cancelled) run();
  };
  const start = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') {
      idleId = window.requestIdleCallback(go, { timeout: timeoutMs });
    } else {
      timerId = setTimeout(go, 200);
    }
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', start);
    if (idleId !== undefined) window.cancelIdleCallback(idleId);
    if (timerId !== undefined) clearTimeout(timerId);
  };
}
