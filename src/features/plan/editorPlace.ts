/**
 * Where the person was in the plan editor when they opened the print view,
 * so "Back to the editor" returns there (the print view itself opens at its
 * top). One place per tab, kept in memory: it only has to outlive the visit
 * to the print view.
 */
export interface EditorPlace {
  /** Where the "Print view" link was in the window: the editor comes back with it there. */
  linkTop: number;
}

let saved: EditorPlace | null = null;

export function rememberEditorPlace(): void {
  const link = document.getElementById(PRINT_LINK_ID);
  if (link) saved = { linkTop: link.getBoundingClientRect().top };
}

/**
 * Scrolls so the link is where it was. Relative to the link, not a raw
 * scrollY: the page above it may have changed meanwhile (a note came or went,
 * a teammate added a step).
 */
export function restoreEditorPlace(place: EditorPlace, link: HTMLElement): void {
  window.scrollTo(0, window.scrollY + link.getBoundingClientRect().top - place.linkTop);
}

/** The remembered place, once: a later visit to the editor starts fresh. */
export function takeEditorPlace(): EditorPlace | null {
  const place = saved;
  saved = null;
  return place;
}

/** The id of the editor's "Print view" link: focus goes back to it. */
export const PRINT_LINK_ID = 'plan-print-link';
