/**
 * Screens' live queries re-render inside a transition (interruptible,
 * sliced), never as one default-priority task fired from IndexedDB.
 */
import { act, render, screen } from '@testing-library/react';
import * as React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addBookmark, removeBookmark, useBookmarkIds } from './bookmarks';

const inTransition = vi.hoisted(() => ({ depth: 0, calls: 0 }));
vi.mock('react', async (importOriginal) => {
  const real = await importOriginal<typeof import('react')>();
  return {
    ...real,
    startTransition: (fn: () => void) => {
      inTransition.calls += 1;
      inTransition.depth += 1;
      try {
        real.startTransition(fn);
      } finally {
        inTransition.depth -= 1;
      }
    },
  };
});

function Count() {
  const ids = useBookmarkIds();
  return <p>{ids === undefined ? 'loading' : `${ids.size} saved`}</p>;
}

afterEach(async () => {
  await removeBookmark('s1');
});

describe('useLiveQuery (src/db)', () => {
  it('delivers the first result and every later change through startTransition', async () => {
    render(
      <React.StrictMode>
        <Count />
      </React.StrictMode>,
    );
    expect(await screen.findByText('0 saved')).toBeInTheDocument();
    const afterFirst = inTransition.calls;
    expect(afterFirst).toBeGreaterThan(0);
    await act(async () => {
      await addBookmark('s1');
    });
    expect(await screen.findByText('1 saved')).toBeInTheDocument();
    expect(inTransition.calls).toBeGreaterThan(afterFirst);
  });
});
