// Entry point. index.html carries the prerendered agenda and is served for
// "/" only, so the first paint does not wait for JavaScript: there we
// hydrate it. Every other route gets shell.html (empty root; see
// scripts/vitePrerender.ts) and renders fresh; so does "/?now=…", whose
// pinned clock the prerendered page cannot know.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppReady } from './app/AppReady';
import './app/styles.css';

const container = document.getElementById('root');
if (container) {
  const app = (
    <StrictMode>
      <App />
      <AppReady />
    </StrictMode>
  );
  const prerendered = container.firstElementChild !== null;
  if (prerendered && location.pathname === '/' && location.search === '') {
    hydrateRoot(container, app);
  } else {
    container.textContent = '';
    createRoot(container).render(app);
  }
}
