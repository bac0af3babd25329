/**
 * The event clock while React hydrates the prerendered agenda: the HTML
 * knows no pin, so hydration reads none; a tab with no pin (nearly every
 * visit) is rendered once, with no second render after hydration, and a
 * pin stored in this tab applies right after, without a mismatch.
 */
import { act } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOCK_PIN_KEY, useEventClock } from './useEventClock';

function Probe({ renders }: { renders: (string | null)[] }) {
  const clock = useEventClock();
  renders.push(clock.pinned);
  return <p>{clock.pinned ?? 'real clock'}</p>;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  sessionStorage.clear();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function hydrate(): Promise<{ renders: (string | null)[]; container: HTMLElement }> {
  const container = document.createElement('div');
  container.innerHTML = renderToString(<Probe renders={[]} />);
  document.body.append(container);
  expect(container.textContent).toBe('real clock');
  const renders: (string | null)[] = [];
  await act(async () => {
    root = hydrateRoot(container, <Probe renders={renders} />, {
      onRecoverableError: (err) => {
        throw err;
      },
    });
  });
  return { renders, container };
}

describe('useEventClock during hydration', () => {
  it('no pin in this tab: one render, none after hydration', async () => {
    const errors = vi.spyOn(console, 'error');
    const { renders, container } = await hydrate();
    expect(renders).toEqual([null]);
    expect(container.textContent).toBe('real clock');
    expect(errors).not.toHaveBeenCalled();
  });

  it('a pin stored in this tab: hydrates as none, then applies it', async () => {
    sessionStorage.setItem(CLOCK_PIN_KEY, '2015-06-10T10:15');
    const errors = vi.spyOn(console, 'error');
    const { renders, container } = await hydrate();
    expect(renders).toEqual([null, '2015-06-10T10:15']);
    expect(container.textContent).toBe('2015-06-10T10:15');
    expect(errors).not.toHaveBeenCalled();
  });
});
