/**
 * The one place the app talks about its own version: "ready to work offline"
 * after the first visit, and "a new version is ready" with a Reload button
 * when an updated service worker is waiting. Nothing reloads until the user
 * presses Reload; "Later" hides the prompt until the next update is found.
 * The offline note is only news, so it goes away by itself after a few
 * seconds, unless the person is pointing at it or has focus in it. The Shell
 * puts this region in its header: "ready to work offline" (news) lies over
 * the header band, so it never covers content or a focused control and
 * never moves the page (no layout shift); "a new version is ready" (a
 * prompt to act, rare) takes its own space below the title. Never printed.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../app/store';
import { getSwController, useServiceWorker } from './useServiceWorker';
import './pwa.css';

/** How long "Ready to work offline" stays up on its own. */
export const OFFLINE_NOTICE_MS = 8000;

export function UpdatePrompt({ onReload }: { onReload?: () => Promise<void> | void }) {
  useServiceWorker();
  const updateReady = useAppStore((s) => s.updateReady);
  const offlineReady = useAppStore((s) => s.offlineReady);
  const setUpdateReady = useAppStore((s) => s.setUpdateReady);
  const setOfflineReady = useAppStore((s) => s.setOfflineReady);
  const [reloading, setReloading] = useState(false);
  const [held, setHeld] = useState(false);

  const offlineNoticeShown = offlineReady && !updateReady;
  useEffect(() => {
    if (!offlineNoticeShown || held) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineNoticeShown, held, setOfflineReady]);

  const reload = async () => {
    setReloading(true);
    const run = onReload ?? getSwController()?.applyUpdate ?? (() => window.location.reload());
    await run();
  };

  return (
    <div
      className={updateReady ? 'pwa-notices pwa-notices-act' : 'pwa-notices'}
      role="status"
      aria-live="polite"
    >
      {updateReady ? (
        <div className="pwa-notice">
          <p>A new version of this app is ready.</p>
          <div className="pwa-actions">
            <button type="button" className="pwa-primary" onClick={reload} disabled={reloading}>
              {reloading ? 'Reloading…' : 'Reload'}
            </button>
            <button type="button" onClick={() => setUpdateReady(false)}>
              Later
            </button>
          </div>
        </div>
      ) : offlineReady ? (
        <div
          className="pwa-notice"
          onMouseEnter={() => setHeld(true)}
          onMouseLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={() => setHeld(false)}
        >
          <p>Ready to work offline: saved on this device.</p>
          <div className="pwa-actions">
            <button type="button" onClick={() => setOfflineReady(false)}>
              OK
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
