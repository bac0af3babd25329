/**
 * Every screen names itself: document.title becomes "<page> · <event>" while
 * the screen is shown (the route announcer then reads it out; see
 * focus/RouteFocus.tsx).
 */
import { useEffect } from 'react';
import { pageTitle } from './title';

export function usePageTitle(page: string): void {
  useEffect(() => {
    document.title = pageTitle(page);
  }, [page]);
}
