// Entry point. index.html carries the prerendered agenda and is served for
// "/" only, so the first paint does not wait for JavaScript: there we
// hydrate it. Every other route gets shell.html (empty root; see
// scripts/vitePrerender.ts) and renders fresh; so does "/?now=…", whose
// pinned clock the prerendered page cannot know.
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { warmEventClock } from './domain/clock';
import { warmSessionSort } from './domain/agendaConstants';
import { AppReady } from './app/AppReady';
import { hydrateApp, PRERENDERED_PATH } from './app/hydrate';
import './app/styles.css';

// Start-up is cut into short tasks so a tap in between is handled at once:
// the bundle's evaluation ends; then the one-off load of the time-zone data
// that event time needs (none for the shipped agenda's zone: zoneOffset.ts);
// then that of the collation data the agenda's sort needs; then React's
// hydration, sliced (see below).
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(container: HTMLElement) {
  await nextTask();
  warmEventClock();
  await nextTask();
  warmSessionSort();
  await nextTask();
  const app = (
    <StrictMode>
      <App />
      <AppReady />
    </StrictMode>
  );
  const prerendered = container.firstElementChild !== null;
  // In a transition React hydrates (or renders) in slices it can interrupt,
  // yielding to taps every few milliseconds (see app/hydrate.tsx).
  if (prerendered && location.pathname === PRERENDERED_PATH && location.search === '') {
    hydrateApp(container, app);
  } else {
    container.textContent = '';
    const root = createRoot(container);
    startTransition(() => root.render(app));
  }
}

const container = document.getElementById('root');
if (container) void start(container);
