/**
 * AfterMount: nothing in the prerendered HTML nor while hydrating it (no
 * mismatch), its children right after, rendered inside a transition (not in
 * the synchronous re-render React does after hydration when a store reads
 * differently on the server).
 */
import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { AfterMount } from './AfterMount';

const seen = vi.hoisted(() => ({ transitions: 0 }));
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  return {
    ...real,
    startTransition: (fn: () => void) => {
      seen.transitions += 1;
      real.startTransition(fn);
    },
  };
});

function Child() {
  return <p>later</p>;
}

describe('AfterMount', () => {
  it('is empty in the prerendered HTML and hydrates without a mismatch, then shows its children', async () => {
    const tree = (
      <div>
        before
        <AfterMount>
          <Child />
        </AfterMount>
      </div>
    );
    const html = renderToString(tree);
    expect(html).not.toContain('later');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors: unknown[] = [];
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, tree, { onRecoverableError: (e) => errors.push(e) });
    });
    expect(errors).toEqual([]);
    expect(container).toHaveTextContent('later');
    await act(async () => root?.unmount());
    container.remove();
  });

  it('sets its children in place inside startTransition', async () => {
    seen.transitions = 0;
    render(
      <AfterMount>
        <p>shown</p>
      </AfterMount>,
    );
    expect(await screen.findByText('shown')).toBeInTheDocument();
    expect(seen.transitions).toBeGreaterThan(0);
  });
});
