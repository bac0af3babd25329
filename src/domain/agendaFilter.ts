/**
 * Agenda search and filters: free text (every word must appear somewhere in
 * the session: title, description, room, speakers' roles, focus areas, kind;
 * a typo is forgiven in words of five letters or more, as in the library),
 * plus exact filters on focus area, kind and room. Case and accents ignored.
 */
import type { Agenda, Session } from './agenda';
import { SESSION_KINDS } from './agendaConstants';
import { focusAreaLabel } from './focusAreaList';

export interface AgendaFilter {
  query: string;
  /** Focus area id, or '' for any. */
  focus: string;
  /** Session kind id, or '' for any. */
  kind: string;
  /** Room name, or '' for any. */
  room: string;
}

export const EMPTY_FILTER: AgendaFilter = { query: '', focus: '', kind: '', room: '' };

export function isFilterActive(f: AgendaFilter): boolean {
  return f.query.trim() !== '' || f.focus !== '' || f.kind !== '' || f.room !== '';
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function haystack(s: Session): string {
  const kind = SESSION_KINDS.find((k) => k.id === s.kind)?.label ?? s.kind;
  return fold(
    [
      s.title,
      s.description,
      s.room,
      kind,
      ...s.focusAreas.map(focusAreaLabel),
      ...s.speakers.map((p) => `${p.role} ${p.description}`),
      s.cancelled ? 'cancelled' : '',
    ].join('\n'),
  );
}

/** Edit distance of a and b (insert, delete, replace), for short words. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        prev[j]! + 1,
        row[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Whether a query word is in the text: as written, or (five letters and
 * more) within one typo of a word or a word's start, two from nine letters
 * ("plenry" finds "plenary"). Short words must match exactly, so "two" never
 * stands for "tow".
 */
function hasWord(text: string, w: string): boolean {
  if (text.includes(w)) return true;
  const allowed = w.length < 5 ? 0 : w.length < 9 ? 1 : 2;
  return (
    allowed > 0 &&
    text
      .split(/[^\p{L}\p{N}]+/u)
      .some((h) =>
        Math.abs(h.length - w.length) <= allowed
          ? editDistance(w, h) <= allowed
          : h.length > w.length && editDistance(w, h.slice(0, w.length)) <= allowed,
      )
  );
}

export function filterSessions<T extends Session>(sessions: readonly T[], f: AgendaFilter): T[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return sessions.filter((s) => {
    if (f.focus !== '' && !(s.focusAreas as string[]).includes(f.focus)) return false;
    if (f.kind !== '' && s.kind !== f.kind) return false;
    if (f.room !== '' && s.room !== f.room) return false;
    if (words.length === 0) return true;
    const text = haystack(s);
    return words.every((w) => hasWord(text, w));
  });
}

/** The rooms used by the agenda, sorted, for the room filter. */
export function agendaRooms(agenda: Pick<Agenda, 'sessions'>): string[] {
  return [...new Set(agenda.sessions.map((s) => s.room))].sort((a, b) => a.localeCompare(b));
}
