/**
 * Where the person was in the plan editor when they opened the print view,
 * so "Back to the editor" returns there (the print view itself opens at its
 * top). One place per tab, kept in memory: it only has to outlive the visit
 * to the print view.
 */
export interface EditorPlace {
  scrollY: number;
}

let saved: EditorPlace | null = null;

export function rememberEditorPlace(): void {
  saved = { scrollY: window.scrollY };
}

/** The remembered place, once: a later visit to the editor starts fresh. */
export function takeEditorPlace(): EditorPlace | null {
  const place = saved;
  saved = null;
  return place;
}

/** The id of the editor's "Print view" link: focus goes back to it. */
export const PRINT_LINK_ID = 'plan-print-link';
