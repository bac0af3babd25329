/**
 * Announces a status line once it has settled, not on every change: while a
 * person types, "Saving…" and "Saved on this device" alternate with each key,
 * and a live region on that line spoke twice per keystroke. Here the line is
 * said once, when it has not changed for `settleMs`, and only if it changed
 * since it was last said (the first value on screen is not news).
 */
import { useEffect, useRef } from 'react';
import { announce } from './announcer';

/** Long enough to span the gap between two keystrokes of a slow typist. */
export const SETTLE_MS = 1500;

export function useSettledAnnouncement(text: string, settleMs = SETTLE_MS): void {
  const seen = useRef(text);
  const changed = useRef(false);
  useEffect(() => {
    if (text !== seen.current) {
      seen.current = text;
      changed.current = true;
    }
    if (!changed.current) return;
    const timer = setTimeout(() => {
      changed.current = false;
      announce(text);
    }, settleMs);
    return () => clearTimeout(timer);
  }, [text, settleMs]);
}
