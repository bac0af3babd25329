/**
 * Service-worker lifecycle, free of React: registers the worker that
 * vite-plugin-pwa generates, looks for a new version every hour and whenever
 * the page becomes visible again, and reports "ready offline" and "update
 * waiting" through callbacks. It never reloads the page by itself: only
 * applyUpdate(), called when the user presses Reload, does (someone may be
 * typing in a plan when a new version arrives).
 */
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';

/** How often an open app asks the endpoint whether sw.js changed. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** Coming back to the tab checks too, but not more often than this. */
export const VISIBILITY_CHECK_MIN_GAP_MS = 5 * 60 * 1000;

export type RegisterFn = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export interface SwControllerDeps {
  register: RegisterFn;
  onUpdateReady: () => void;
  onOfflineReady: () => void;
  /** Reloads the page; only ever called after the user asked for it. */
  reload?: () => void;
  doc?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  /** navigator.serviceWorker: its controllerchange tells when the new worker took over. */
  container?: Pick<ServiceWorkerContainer, 'addEventListener'>;
  isOnline?: () => boolean;
  now?: () => number;
}

export interface SwController {
  /** The user pressed Reload: activate the waiting worker, then reload once it controls. */
  applyUpdate: () => Promise<void>;
  /** Ask the endpoint for a new sw.js now (skipped while offline). */
  checkForUpdate: () => Promise<void>;
  stop: () => void;
}

export function createSwController(deps: SwControllerDeps): SwController {
  const doReload = deps.reload ?? (() => window.location.reload());
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    doReload();
  };
  const doc = deps.doc ?? document;
  const isOnline = deps.isOnline ?? (() => navigator.onLine);
  const now = deps.now ?? Date.now;
  let registration: ServiceWorkerRegistration | undefined;
  let userAskedReload = false;
  let lastCheck = now();
  let timer: ReturnType<typeof setInterval> | undefined;

  const checkForUpdate = async () => {
    if (!registration || !isOnline()) return;
    lastCheck = now();
    try {
      await registration.update();
    } catch {
      // Flaky network or endpoint down: the next check will try again.
    }
  };

  const onVisibility = () => {
    if (doc.visibilityState === 'visible' && now() - lastCheck >= VISIBILITY_CHECK_MIN_GAP_MS) {
      void checkForUpdate();
    }
  };

  const updateSW = deps.register({
    onNeedRefresh: deps.onUpdateReady,
    onOfflineReady: deps.onOfflineReady,
    // The new worker took control. If this tab asked for it, reload now;
    // if another tab did, keep showing the prompt rather than reload unasked.
    onNeedReload: () => {
      if (userAskedReload) reload();
      else deps.onUpdateReady();
    },
    onRegisteredSW: (_url, reg) => {
      registration = reg;
      if (!reg) return;
      timer = setInterval(() => void checkForUpdate(), UPDATE_CHECK_INTERVAL_MS);
      doc.addEventListener('visibilitychange', onVisibility);
    },
  });

  return {
    applyUpdate: async () => {
      userAskedReload = true;
      // No worker waiting any more (another tab already activated it): the
      // current worker is the new one, so a plain reload picks it up.
      if (!registration?.waiting) return reload();
      // Workbox's own "controlling" signal is not marked as an update when
      // this tab was the one that installed the first worker, so listen to
      // the browser's controllerchange directly.
      const container = deps.container ?? navigator.serviceWorker;
      container.addEventListener('controllerchange', reload, { once: true });
      await updateSW(true);
    },
    checkForUpdate,
    stop: () => {
      if (timer) clearInterval(timer);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
