/**
 * Marks <html data-app-ready> once React has taken over the page (hydrated
 * the prerendered agenda or rendered a route). Browser tests wait for it
 * before typing into controls that exist in the prerendered HTML.
 */
import { useEffect } from 'react';

export function AppReady() {
  useEffect(() => {
    document.documentElement.dataset.appReady = 'true';
  }, []);
  return null;
}
