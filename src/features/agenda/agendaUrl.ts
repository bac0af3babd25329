/**
 * The agenda's search and filters live in the address (?q=&focus=&kind=&room=)
 * so a filtered list can be shared and survives a reload. Other parameters
 * (the pinned clock's ?now=) are kept as they are.
 */
import type { AgendaFilter } from '../../domain/agendaFilter';

const KEYS: Record<keyof AgendaFilter, string> = {
  query: 'q',
  focus: 'focus',
  kind: 'kind',
  room: 'room',
};

export function filterFromSearch(search: string): AgendaFilter {
  const p = new URLSearchParams(search);
  return {
    query: p.get(KEYS.query) ?? '',
    focus: p.get(KEYS.focus) ?? '',
    kind: p.get(KEYS.kind) ?? '',
    room: p.get(KEYS.room) ?? '',
  };
}

/** The query string ("?q=x&now=…", or "") after applying `patch`; empty values are dropped. */
export function searchWithFilter(search: string, patch: Partial<AgendaFilter>): string {
  const p = new URLSearchParams(search);
  for (const [field, value] of Object.entries(patch) as [keyof AgendaFilter, string][]) {
    if (value) p.set(KEYS[field], value);
    else p.delete(KEYS[field]);
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}
