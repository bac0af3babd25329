/**
 * Hydrating the prerendered agenda. index.html is "/" rendered at build time
 * (scripts/vitePrerender.ts, entry-server.tsx); React takes it over in a
 * transition, in slices it can interrupt, so a tap in between is handled at
 * once. Outside one, hydrateRoot works at default priority: the whole agenda
 * in one long task.
 *
 * Why the Router: React hydrates the shell first and the routes' Suspense
 * boundary in a later slice. A tap on "Library" in between changes the
 * address before the agenda under it has hydrated; read live, the route
 * would then render the library against the agenda's HTML (a hydration
 * mismatch, error #418, and the page thrown away and rebuilt). With
 * `ssrPath` the router reads the prerendered path while hydrating (it is
 * useSyncExternalStore's server snapshot) and the real one right after.
 */
import { startTransition, type ReactNode } from 'react';
import { hydrateRoot, type HydrationOptions, type Root } from 'react-dom/client';
import { Router } from 'wouter';

/** The one path index.html is prerendered at. */
export const PRERENDERED_PATH = '/';

export function hydrateApp(container: Element, app: ReactNode, options?: HydrationOptions): Root {
  let root: Root | undefined;
  startTransition(() => {
    root = hydrateRoot(
      container,
      <Router ssrPath={PRERENDERED_PATH} ssrSearch="">
        {app}
      </Router>,
      options,
    );
  });
  return root!;
}
