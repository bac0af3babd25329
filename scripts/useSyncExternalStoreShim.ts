/**
 * Stands in for the `use-sync-external-store/shim` package that wouter
 * imports (see vite.config.ts, resolve.alias). The shim exists for React
 * versions before 18; React 19 has the hook, so the fallback code the
 * package carries is dead weight on the first route.
 */
export { useSyncExternalStore } from 'react';
