// A status line that changes on every keystroke is announced once, when it
// settles; the first value on screen is not announced at all.
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribeAnnouncements, currentAnnouncement } from './announcer';
import { SETTLE_MS, useSettledAnnouncement } from './useSettledAnnouncement';

function Status({ text }: { text: string }) {
  useSettledAnnouncement(text);
  return <p>{text}</p>;
}

let said: string[];
let stop: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  said = [];
  stop = subscribeAnnouncements(() => said.push(currentAnnouncement().text));
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('useSettledAnnouncement', () => {
  it('says nothing for the first value, and once for 20 keystrokes of changes', () => {
    const { rerender } = render(<Status text="Saved on this device" />);
    act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(said).toEqual([]);
    for (let i = 0; i < 20; i++) {
      rerender(<Status text="Saving…" />);
      act(() => vi.advanceTimersByTime(60));
      rerender(<Status text="Saved on this device" />);
      act(() => vi.advanceTimersByTime(60));
    }
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(said).toEqual(['Saved on this device']);
  });
});
