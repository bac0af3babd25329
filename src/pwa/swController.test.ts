// The service-worker controller: periodic and on-visibility update checks,
// and the rule that the page reloads only after the user asked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import {
  createSwController,
  UPDATE_CHECK_INTERVAL_MS,
  VISIBILITY_CHECK_MIN_GAP_MS,
} from './swController';

function setup(opts: { online?: boolean; waiting?: boolean } = {}) {
  let options: RegisterSWOptions = {};
  const updateSW = vi.fn(async () => {});
  const registration = {
    update: vi.fn(async () => undefined),
    waiting: opts.waiting === false ? null : ({} as ServiceWorker),
  } as unknown as ServiceWorkerRegistration & { update: ReturnType<typeof vi.fn> };
  const listeners = new Map<string, () => void>();
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  const reload = vi.fn();
  const container = new EventTarget();
  const onUpdateReady = vi.fn();
  const onOfflineReady = vi.fn();
  const controller = createSwController({
    register: (o) => {
      options = o;
      return updateSW;
    },
    onUpdateReady,
    onOfflineReady,
    reload,
    doc: doc as unknown as Document,
    container: container as unknown as ServiceWorkerContainer,
    isOnline: () => opts.online ?? true,
    now: () => Date.now(),
  });
  options.onRegisteredSW?.('/sw.js', registration);
  return {
    options,
    updateSW,
    registration,
    listeners,
    doc,
    reload,
    onUpdateReady,
    onOfflineReady,
    controller,
    container,
  };
}

describe('createSwController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks for a new worker every hour', async () => {
    const t = setup();
    expect(t.registration.update).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(t.registration.update).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(t.registration.update).toHaveBeenCalledTimes(2);
    t.controller.stop();
    await vi.advanceTimersByTimeAsync(UPDATE_CHECK_INTERVAL_MS);
    expect(t.registration.update).toHaveBeenCalledTimes(2);
  });

  it('checks when the page becomes visible, at most every few minutes', async () => {
    const t = setup();
    const onVisible = t.listeners.get('visibilitychange')!;
    onVisible();
    expect(t.registration.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(VISIBILITY_CHECK_MIN_GAP_MS);
    onVisible();
    expect(t.registration.update).toHaveBeenCalledTimes(1);
    t.doc.visibilityState = 'hidden';
    vi.advanceTimersByTime(VISIBILITY_CHECK_MIN_GAP_MS);
    onVisible();
    expect(t.registration.update).toHaveBeenCalledTimes(1);
  });

  it('does not ask the network while offline, and survives a failed check', async () => {
    const offline = setup({ online: false });
    await offline.controller.checkForUpdate();
    expect(offline.registration.update).not.toHaveBeenCalled();
    const online = setup();
    online.registration.update.mockRejectedValueOnce(new Error('network down'));
    await expect(online.controller.checkForUpdate()).resolves.toBeUndefined();
  });

  it('reports offline-ready and update-ready without reloading', () => {
    const t = setup();
    t.options.onOfflineReady?.();
    t.options.onNeedRefresh?.();
    expect(t.onOfflineReady).toHaveBeenCalledTimes(1);
    expect(t.onUpdateReady).toHaveBeenCalledTimes(1);
    // Another tab activated the new worker: this tab keeps the prompt, no reload.
    t.options.onNeedReload?.();
    expect(t.reload).not.toHaveBeenCalled();
    expect(t.onUpdateReady).toHaveBeenCalledTimes(2);
  });

  it('reloads only after the user pressed Reload and the new worker took control', async () => {
    const t = setup();
    t.options.onNeedRefresh?.();
    t.container.dispatchEvent(new Event('controllerchange'));
    expect(t.reload).not.toHaveBeenCalled();
    await t.controller.applyUpdate();
    expect(t.updateSW).toHaveBeenCalledTimes(1);
    expect(t.reload).not.toHaveBeenCalled();
    t.container.dispatchEvent(new Event('controllerchange'));
    expect(t.reload).toHaveBeenCalledTimes(1);
    // Workbox may also signal the takeover: still one reload only.
    t.options.onNeedReload?.();
    expect(t.reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once when no worker is waiting any more', async () => {
    const t = setup({ waiting: false });
    await t.controller.applyUpdate();
    expect(t.reload).toHaveBeenCalledTimes(1);
  });
});
