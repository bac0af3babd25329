/**
 * One polite voice for the whole app. Screens hand it a sentence; the
 * Announcer component (in the shell) speaks it through a live region that is
 * always in the page, so even the first message is read. A module store, not
 * zustand: it holds no UI state anyone renders besides that region.
 */
type Listener = () => void;

let message = { text: '', id: 0 };
const listeners = new Set<Listener>();

/** Says `text` politely. The same sentence twice in a row is said twice. */
export function announce(text: string): void {
  message = { text, id: message.id + 1 };
  for (const l of listeners) l();
}

export function subscribeAnnouncements(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function currentAnnouncement(): { text: string; id: number } {
  return message;
}
