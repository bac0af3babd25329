/**
 * "/" ships prerendered and the bundle hydrates it (app/hydrate.tsx). React
 * hydrates the routes after the shell, so the address can change in
 * between (a tap on a link): hydration must still match the HTML (no
 * mismatch, no page thrown away) and the new route follow right after.
 * A fresh-clone CI run caught React error #418 here.
 */
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { App } from './App';
import { AppReady } from './AppReady';
import { render as prerender } from './entry-server';
import { hydrateApp, PRERENDERED_PATH } from './hydrate';
import { resetAgendaState } from '../features/agenda/testUtils';

// hydrateRoot is called directly (not through Testing Library's render):
// tell React that act() is in use.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root | undefined;
beforeEach(async () => {
  await resetAgendaState();
  history.replaceState(null, '', PRERENDERED_PATH);
  container = document.createElement('div');
  container.innerHTML = prerender(PRERENDERED_PATH);
  document.body.append(container);
});
afterEach(async () => {
  // Unmounted inside the test: the app's timers and React's scheduler would
  // otherwise run on after the test environment is gone.
  await act(async () => root?.unmount());
  root = undefined;
  container.remove();
  history.replaceState(null, '', '/');
});

async function hydrate(beforeReactRuns?: () => void) {
  const mismatches: unknown[] = [];
  await act(async () => {
    root = hydrateApp(
      container,
      <>
        <App />
        <AppReady />
      </>,
      { onRecoverableError: (error) => mismatches.push(error) },
    );
    beforeReactRuns?.();
  });
  return mismatches;
}

it('hydrates the prerendered agenda in place, with no mismatch', async () => {
  const heading = container.querySelector('h1');
  expect(heading).toHaveTextContent('Agenda');
  expect(await hydrate()).toEqual([]);
  expect(container.querySelector('h1')).toBe(heading);
});

it('a link followed before the routes hydrate: no mismatch, and the new route shows', async () => {
  const mismatches = await hydrate(() => history.pushState(null, '', '/library'));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Practice library' }),
  ).toBeInTheDocument();
  expect(mismatches).toEqual([]);
});
