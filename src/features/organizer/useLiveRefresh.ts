/**
 * Keeps an organizer table current while it is on screen: `refresh` runs
 * every `everyMs` while the page is visible, and at once when the page
 * comes back into view (a laptop woken up, another tab left). The tables
 * are small JSON answers, so polling stays cheap; the event stream carries
 * plan news to team devices only.
 */
import { useEffect } from 'react';

export const ORGANIZER_REFRESH_MS = 15_000;

export function useLiveRefresh(refresh: () => void, everyMs = ORGANIZER_REFRESH_MS): void {
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    const timer = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [refresh, everyMs]);
}
