/**
 * Starts the service worker once, after the first render and when the
 * browser is idle, so registration never delays the agenda appearing. The
 * registration module (and workbox-window behind it) is loaded lazily, which
 * keeps it out of the first route's bundle. Production builds only: the dev
 * server has no generated worker.
 */
import { useEffect } from 'react';
import { useAppStore } from '../app/store';
import { whenIdle } from '../platform/idle';
import { createSwController, type SwController } from './swController';

let controller: SwController | undefined;

/** The running controller, once registration has started (for the prompt's Reload). */
export function getSwController(): SwController | undefined {
  return controller;
}

export function useServiceWorker() {
  const setUpdateReady = useAppStore((s) => s.setUpdateReady);
  const setOfflineReady = useAppStore((s) => s.setOfflineReady);
  useEffect(() => {
    if (controller || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    whenIdle(() => {
      if (controller) return;
      void import('virtual:pwa-register').then(({ registerSW }) => {
        controller ??= createSwController({
          register: registerSW,
          onUpdateReady: () => setUpdateReady(true),
          onOfflineReady: () => setOfflineReady(true),
        });
      });
    });
  }, [setUpdateReady, setOfflineReady]);
}
