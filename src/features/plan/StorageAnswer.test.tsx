// The persistent-storage question is asked once a plan exists and its answer
// is shown on the About screen.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { askPersistentStorage, PERSIST_KEY } from './persist';
import { StorageAnswer } from './StorageAnswer';

beforeEach(async () => {
  await db.meta.delete(PERSIST_KEY);
});

describe('persistent storage', () => {
  it('shows "not asked yet" before any plan', async () => {
    render(<StorageAnswer />);
    expect(await screen.findByTestId('persist-answer')).toHaveTextContent(/Not asked yet/);
  });

  it('asks the browser once and shows the answer', async () => {
    const persist = vi.fn(async () => true);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: {
        persist,
        persisted: async () => false,
        estimate: async () => ({ usage: 2 * 1024 * 1024 }),
      },
    });
    expect((await askPersistentStorage())?.result).toBe('granted');
    expect((await askPersistentStorage())?.result).toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
    render(<StorageAnswer />);
    expect(await screen.findByText(/Granted: this browser will keep/)).toBeInTheDocument();
    expect(await screen.findByText('2.0 MB in use.')).toBeInTheDocument();
  });

  it('records a refusal', async () => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persist: async () => false, persisted: async () => false },
    });
    expect((await askPersistentStorage())?.result).toBe('denied');
    render(<StorageAnswer />);
    expect(await screen.findByText(/Not granted/)).toBeInTheDocument();
  });
});
