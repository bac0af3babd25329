/**
 * The component tests (and so the app's code) run on React itself, the
 * version package.json pins, not on an alias such as preact/compat (issue
 * 10): React's and React DOM's version, the renderer's own DOM keys, and
 * concurrent rendering (useTransition keeps the old UI while a transition
 * renders).
 */
import { readFileSync } from 'node:fs';
import { useState, useTransition, version } from 'react';
import { version as domVersion } from 'react-dom';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('React runtime', () => {
  it('is React and React DOM at the pinned version', () => {
    expect(version).toBe(pkg.dependencies.react);
    expect(domVersion).toBe(pkg.dependencies['react-dom']);
  });

  it("renders the app's components with React DOM's fibers on the nodes", async () => {
    const { container } = render(<App />);
    await screen.findAllByRole('heading', { level: 1 });
    const first = container.firstElementChild!;
    expect(Object.keys(first).some((k) => k.startsWith('__reactFiber$'))).toBe(true);
    expect(Object.keys(container).some((k) => k.startsWith('__reactContainer$'))).toBe(true);
  });

  it('has concurrent transitions (isPending while a transition renders)', async () => {
    const seen: boolean[] = [];
    let start!: () => void;
    function Probe() {
      const [n, setN] = useState(0);
      const [pending, startTransition] = useTransition();
      start = () => startTransition(() => setN(1));
      seen.push(pending);
      return <p>{n}</p>;
    }
    render(<Probe />);
    await act(async () => start());
    expect(screen.getByText('1')).toBeTruthy();
    // React renders pending=true urgently first, then the transition's result.
    expect(seen).toContain(true);
    expect(seen.at(-1)).toBe(false);
  });
});
