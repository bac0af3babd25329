// Entry point. index.html carries a prerendered agenda ("/") so the first
// paint does not wait for JavaScript; on "/" we hydrate it, on any other
// route (the service worker serves the same HTML for deep links) we render
// fresh.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';

const container = document.getElementById('root');
if (container) {
  const app = (
    <StrictMode>
      <App />
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
