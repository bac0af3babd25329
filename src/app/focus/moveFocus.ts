/**
 * The app's one focus rule. When an action removes or disables the control
 * that has focus, the browser drops focus to <body>: a keyboard user loses
 * their place and a screen reader says nothing. Every such action names,
 * before it changes anything, where focus should go instead (the moved item's
 * other button, the item that took the removed one's place, the list's
 * heading, the page's h1); focus goes to the first of those that can take it
 * once React has committed the change.
 */

/** An element id, an element, or a lookup run after the change. */
export type FocusTarget =
  string | HTMLElement | null | undefined | (() => Element | null | undefined);

function resolve(t: FocusTarget): HTMLElement | null {
  const found =
    typeof t === 'string' ? document.getElementById(t) : typeof t === 'function' ? t() : t;
  return found instanceof HTMLElement ? found : null;
}

/** Connected, shown, not disabled: the element can hold focus. */
export function canTakeFocus(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.closest('[hidden], [inert]')) return false;
  // Not laid out (display: none, or a collapsed ancestor). jsdom lays nothing
  // out, so it only counts there when the element is explicitly hidden above.
  if (el.getClientRects().length === 0 && navigator.userAgent.indexOf('jsdom') < 0) return false;
  return true;
}

/**
 * Focuses the first target that can take focus; headings and other
 * non-interactive targets get tabindex=-1 so they can (and stay out of the
 * Tab order). Returns the element focused, if any.
 */
export function focusFirst(targets: FocusTarget[]): HTMLElement | null {
  for (const t of targets) {
    const el = resolve(t);
    if (!el || !canTakeFocus(el)) continue;
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
    if (document.activeElement === el) return el;
  }
  return null;
}

/** After the next paint, when React has committed what the event changed. */
function nextFrame(run: () => void) {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => run());
  else setTimeout(run, 0);
}

/** How many frames to wait for a target that appears a little later (a screen that loads). */
const MAX_FRAMES = 120;

function isPageItself(el: Element | null): boolean {
  return !el || el === document.body || el === document.documentElement;
}

/**
 * The rule itself: after the change the caller is about to make, put focus on
 * the first target that can take it; but only once the change has actually
 * lost focus (it fell to <body>, or the focused control was disabled), so
 * focus a person moved elsewhere in the meantime is never taken back. Waits a
 * few frames, for a change that lands a little later (an IndexedDB write, the
 * next screen loading) and for a target that is not there yet.
 * `always`: move focus even though it was not lost (an action that opens
 * something to fill in, like "Add session").
 */
export function keepPlace(targets: FocusTarget[], opts: { always?: boolean } = {}): void {
  const before = document.activeElement;
  let frames = 0;
  const attempt = () => {
    const now = document.activeElement;
    if (!opts.always) {
      // Someone put focus somewhere on purpose: leave it there.
      if (now !== before && !isPageItself(now)) return;
      const lost = isPageItself(now) || !canTakeFocus(now as HTMLElement);
      if (!lost) {
        if (++frames < MAX_FRAMES) nextFrame(attempt);
        return;
      }
    }
    if (focusFirst(targets)) return;
    if (++frames < MAX_FRAMES) nextFrame(attempt);
  };
  nextFrame(attempt);
}

/** Where to land in a list item: its marked entry (a heading), else its first control. */
function entryOf(item: Element): HTMLElement | null {
  return (
    item.querySelector<HTMLElement>('[data-focus-entry]') ??
    item.querySelector<HTMLElement>('input, select, textarea, button, a[href]') ??
    (item as HTMLElement)
  );
}

/**
 * Where focus goes when the list item around `from` is removed: the item that
 * takes its place (the next one), else the one before, else the list's
 * heading. Items are marked `data-focus-item`; the list names its heading's id
 * in `data-focus-heading`. Computed before the removal, resolved after it.
 */
export function placeAfterRemoval(from: Element | null): FocusTarget[] {
  const item = from?.closest('[data-focus-item]');
  if (!item) return [];
  const list = item.closest('[data-focus-heading]');
  const siblings = (list ? [...list.querySelectorAll('[data-focus-item]')] : []).filter(
    (el) => el.parentElement === item.parentElement,
  );
  const at = siblings.indexOf(item);
  const next = siblings[at + 1];
  const prev = siblings[at - 1];
  const heading = list?.getAttribute('data-focus-heading');
  return [
    next ? () => (next.isConnected ? entryOf(next) : null) : null,
    prev ? () => (prev.isConnected ? entryOf(prev) : null) : null,
    heading,
  ];
}

/** The page's own heading: the h1 in main that is shown (a screen being
 * replaced may linger hidden while the next one loads). */
export function pageHeading(): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>('main h1')];
  return all.find((h) => h.getClientRects().length > 0) ?? all[0] ?? null;
}
