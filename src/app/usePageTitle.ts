/**
 * Every screen names itself: document.title becomes "<page> · <event>" while
 * the screen is shown, and the route announcer reads it out (see
 * focus/RouteFocus.tsx). Set during the commit (a layout effect), not after
 * it: the announcer runs on the next frame, which can come before React's
 * passive effects, and then read the previous page's title.
 */
import { useLayoutEffect } from 'react';
import { pageTitle } from './title';

export function usePageTitle(page: string): void {
  useLayoutEffect(() => {
    document.title = pageTitle(page);
  }, [page]);
}
