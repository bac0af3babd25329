/**
 * Build-time prerender entry: renders the first screen (the agenda at "/")
 * to HTML so the first paint does not wait for the bundle. Only used by the
 * prerender plugin in scripts/vitePrerender.ts, never shipped.
 */
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from './App';
import { AppReady } from './AppReady';

export function render(url: string): string {
  return renderToString(
    <Router ssrPath={url}>
      <App />
      <AppReady />
    </Router>,
  );
}
