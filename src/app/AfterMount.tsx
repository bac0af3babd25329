/**
 * Renders its children once mounted, in a transition: nothing in the
 * prerendered page nor during hydration (so the HTML matches), then the
 * children in a render React slices and can interrupt. The children may be
 * lazy (their own chunk): they show once loaded, with nothing before.
 *
 * Why not useSyncExternalStore with a server snapshot of false: React
 * re-renders such a component synchronously right after hydration, in the
 * task that runs the hydration's effects; a lazy chunk's import (and its
 * preload links) started there made that task one of the longest of the
 * start-up.
 */
import { Suspense, startTransition, useEffect, useState, type ReactNode } from 'react';

export function AfterMount({ children }: { children: ReactNode }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    startTransition(() => setMounted(true));
  }, []);
  return mounted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
