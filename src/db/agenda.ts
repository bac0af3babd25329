/**
 * Agenda table access: the agenda the device shows, the one before it, and a
 * live hook for screens. Falls back to the shipped agenda before the first
 * successful fetch. (Stub contract: the agenda feature fills this in.)
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Agenda } from '../domain/agenda';
import { db, type AgendaRow } from './db';

export interface CurrentAgenda {
  agenda: Agenda;
  origin: AgendaRow['origin'];
  /** Instant (ms) the device last confirmed it with the endpoint, if ever. */
  checkedAt?: number;
}

/** The agenda screens show; `fallback` (the shipped agenda) until Dexie has one. */
export function useCurrentAgenda(fallback: Agenda): CurrentAgenda {
  const row = useLiveQuery(() => db.agenda.get('current'), []);
  if (!row) return { agenda: fallback, origin: 'shipped' };
  return { agenda: row.agenda, origin: row.origin, checkedAt: row.checkedAt };
}
