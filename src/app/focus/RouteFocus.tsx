/**
 * After a route change (a link, Back, a day tab) the link that was pressed is
 * usually gone and focus would fall to <body>. This moves it to the new
 * page's h1 (tabindex=-1, so it is not a Tab stop) and announces the new
 * page title. Not on the first load (the page starts at its top anyway), not
 * when the address names an item (#fragment: the screen focuses it), and not
 * when the new page already put focus in itself on purpose (a search box).
 * Lazy screens show "Loading…" first, so it waits for the h1 to appear.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { announce } from '../announce/announcer';
import { canTakeFocus, focusFirst, pageHeading } from './moveFocus';

/** Give up waiting for a screen's heading after this long. */
const WAIT_MS = 10_000;

export function RouteFocus() {
  const [location] = useLocation();
  const previous = useRef<string | null>(null);
  // Where focus was when the person last pressed a key or pointed: the
  // control that navigated. A screen that autofocuses its own field does so
  // while React commits, before the effect below runs, so "focus moved since
  // the navigation" has to be measured from here.
  const atInteraction = useRef<Element | null>(null);
  useEffect(() => {
    const note = () => {
      atInteraction.current = document.activeElement;
    };
    document.addEventListener('keydown', note, true);
    document.addEventListener('pointerdown', note, true);
    return () => {
      document.removeEventListener('keydown', note, true);
      document.removeEventListener('pointerdown', note, true);
    };
  }, []);

  useEffect(() => {
    // Not a route change: the first load, or StrictMode running the effect again.
    const same = previous.current === null || previous.current === location;
    previous.current = location;
    if (same || window.location.hash) return;
    const main = document.querySelector('main');
    if (!main) return;
    const startedOn = atInteraction.current ?? document.activeElement;

    const settle = () => {
      const h1 = pageHeading();
      // While a lazy screen loads, React keeps the old one in the page, hidden
      // (display: none): wait for a heading that is shown.
      if (!h1 || !canTakeFocus(h1)) return false;
      const now = document.activeElement;
      const tookFocus = now !== startedOn && now !== main && now !== null && main.contains(now);
      if (!tookFocus) focusFirst([h1]);
      // After the screen's own title effect has run (it runs before this wait ends).
      announce(document.title);
      return true;
    };

    let frame = requestAnimationFrame(function check() {
      if (!settle()) frame = requestAnimationFrame(check);
      else frame = 0;
    });
    const giveUp = setTimeout(() => cancelAnimationFrame(frame), WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(giveUp);
    };
  }, [location]);

  return null;
}
