/**
 * The app is written against React's API and runs on Preact (preact/compat):
 * 30 KiB of runtime instead of React DOM's 200, which is what lets the
 * precache fit in 600 KiB (issue 2). See README, "Design departures".
 *
 * Every import of react / react-dom (ours and our dependencies') is aliased
 * here; `react` itself stays installed only as the bench baseline's framework.
 */
import type { Alias } from 'vite';

export const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact/compat/server' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  // wouter imports React's CommonJS shim; preact/compat has the hook itself.
  { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'preact/compat' },
];

/**
 * Dependencies that import react. Node would load them from node_modules
 * as they are (and with them the real React) in the prerender and in the
 * tests; they must go through Vite so the aliases above apply.
 */
export const reactDependents = ['wouter', 'zustand', 'dexie-react-hooks'];
