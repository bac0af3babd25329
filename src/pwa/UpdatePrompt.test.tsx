// The update prompt: shows when a new worker waits, reloads only on request.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../app/store';
import { OFFLINE_NOTICE_MS, UpdatePrompt } from './UpdatePrompt';

afterEach(() => {
  vi.useRealTimers();
  act(() => useAppStore.setState({ updateReady: false, offlineReady: false }));
});

describe('UpdatePrompt', () => {
  it('shows nothing until the service worker reports something', () => {
    render(<UpdatePrompt onReload={vi.fn()} />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers Reload when an update waits and runs it only when pressed', async () => {
    const onReload = vi.fn();
    render(<UpdatePrompt onReload={onReload} />);
    act(() => useAppStore.getState().setUpdateReady(true));
    expect(screen.getByText(/new version of this app is ready/i)).toBeInTheDocument();
    expect(onReload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('"Later" hides the prompt without reloading', async () => {
    const onReload = vi.fn();
    render(<UpdatePrompt onReload={onReload} />);
    act(() => useAppStore.getState().setUpdateReady(true));
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText(/new version/i)).not.toBeInTheDocument();
    expect(onReload).not.toHaveBeenCalled();
    expect(useAppStore.getState().updateReady).toBe(false);
  });

  it('tells the user the app is ready offline, dismissible', async () => {
    render(<UpdatePrompt onReload={vi.fn()} />);
    act(() => useAppStore.getState().setOfflineReady(true));
    expect(screen.getByRole('status')).toHaveTextContent(/ready to work offline/i);
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText(/ready to work offline/i)).not.toBeInTheDocument();
  });

  it('the offline note goes away by itself; a waiting update never does', () => {
    vi.useFakeTimers();
    render(<UpdatePrompt onReload={vi.fn()} />);
    act(() => useAppStore.getState().setOfflineReady(true));
    act(() => {
      vi.advanceTimersByTime(OFFLINE_NOTICE_MS - 100);
    });
    expect(screen.getByText(/ready to work offline/i)).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(screen.queryByText(/ready to work offline/i)).not.toBeInTheDocument();

    act(() => useAppStore.getState().setUpdateReady(true));
    act(() => {
      vi.advanceTimersByTime(10 * OFFLINE_NOTICE_MS);
    });
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('the offline note stays while focus is in it', () => {
    vi.useFakeTimers();
    render(<UpdatePrompt onReload={vi.fn()} />);
    act(() => useAppStore.getState().setOfflineReady(true));
    act(() => screen.getByRole('button', { name: 'OK' }).focus());
    act(() => {
      vi.advanceTimersByTime(3 * OFFLINE_NOTICE_MS);
    });
    expect(screen.getByText(/ready to work offline/i)).toBeInTheDocument();
    act(() => screen.getByRole('button', { name: 'OK' }).blur());
    act(() => {
      vi.advanceTimersByTime(OFFLINE_NOTICE_MS + 100);
    });
    expect(screen.queryByText(/ready to work offline/i)).not.toBeInTheDocument();
  });
});
