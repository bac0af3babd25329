/**
 * Agenda table access: the agenda the device shows ('current'), the one
 * before it ('previous'), and a live hook for screens. Screens fall back to
 * the shipped agenda until the device has fetched one, so they never wait.
 */
import { useLiveQuery } from './liveQuery';
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
  // A stored agenda older than the one this build ships (an old endpoint copy
  // from before an app update) never hides the newer shipped one.
  if (!row || row.agenda.version < fallback.version) return { agenda: fallback, origin: 'shipped' };
  return { agenda: row.agenda, origin: row.origin, checkedAt: row.checkedAt };
}

/** The stored current row, if any. */
export function getCurrentAgendaRow(): Promise<AgendaRow | undefined> {
  return db.agenda.get('current');
}

export type StoreResult = 'stored' | 'same' | 'older';

/**
 * Records an agenda the endpoint answered with. A newer version becomes
 * current and the one shown before it becomes previous; the same version only
 * refreshes etag and checkedAt; an older version never replaces a newer one.
 * `shown` is what the device shows when it has no stored row (the shipped copy).
 */
export async function storeFetchedAgenda(
  agenda: Agenda,
  meta: { etag?: string; checkedAt: number },
  shown: Agenda,
): Promise<StoreResult> {
  return db.transaction('rw', db.agenda, async () => {
    const current = await db.agenda.get('current');
    const base: AgendaRow = current ?? { id: 'current', agenda: shown, origin: 'shipped' };
    if (agenda.version < base.agenda.version) return 'older';
    if (agenda.version === base.agenda.version && current) {
      await db.agenda.update('current', { etag: meta.etag, checkedAt: meta.checkedAt });
      return 'same';
    }
    if (agenda.version > base.agenda.version) {
      await db.agenda.put({ ...base, id: 'previous' });
    }
    await db.agenda.put({
      id: 'current',
      agenda,
      etag: meta.etag,
      checkedAt: meta.checkedAt,
      origin: 'endpoint',
    });
    return 'stored';
  });
}

/** A 304: the endpoint confirmed the stored version is still current. */
export async function markAgendaChecked(checkedAt: number): Promise<void> {
  await db.agenda.update('current', { checkedAt });
}
