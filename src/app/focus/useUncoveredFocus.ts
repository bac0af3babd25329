/**
 * A note that sits over the page (the sticky "Ready to work offline" card)
 * must never hide the control a keyboard user is on (WCAG 2.4.11): it almost
 * hid the plan's Target date field. While the note is shown, whenever focus
 * lands under it (or the note appears over the focused control) the page
 * scrolls just enough to bring the control above it.
 */
import { useEffect, type RefObject } from 'react';

/** Space left between the control and the note. */
const GAP_PX = 8;

export function uncover(note: HTMLElement, focused: Element | null): void {
  if (!focused || note.contains(focused) || focused === document.body) return;
  const n = note.getBoundingClientRect();
  const f = focused.getBoundingClientRect();
  if (n.height === 0 || f.height === 0) return;
  const overlaps = f.bottom > n.top && f.top < n.bottom && f.right > n.left && f.left < n.right;
  if (!overlaps) return;
  window.scrollBy({ top: f.bottom - n.top + GAP_PX, behavior: 'instant' });
}

export function useUncoveredFocus(note: RefObject<HTMLElement | null>, shown: boolean): void {
  useEffect(() => {
    if (!shown) return;
    const check = () => {
      if (note.current) uncover(note.current, document.activeElement);
    };
    check();
    document.addEventListener('focusin', check);
    return () => document.removeEventListener('focusin', check);
  }, [note, shown]);
}
