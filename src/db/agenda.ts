/**
 * Agenda table access: the agenda the device shows ('current'), the one
 * before it ('previous'), and a live hook for screens. Screens fall back to
 * the shipped agenda until the device has fetched one, so they never wait.
 *
 * When the endpoint confirms that the shipped agenda is current (a first
 * visit's 304), the device records only that, in a small meta row naming the
 * shipped agenda (ShippedAgendaCheck), not a copy of it; screens then keep
 * the shipped agenda object itself, so nothing under the agenda re-renders
 * for an agenda that did not change.
 */
import { useMemo } from 'react';
import { useLiveQuery } from './liveQuery';
import type { Agenda } from '../domain/agenda';
import { db, type AgendaRow } from './db';

export interface CurrentAgenda {
  agenda: Agenda;
  origin: AgendaRow['origin'];
  /** Instant (ms) the device last confirmed it with the endpoint, if ever. */
  checkedAt?: number;
}

/** Meta key of the ShippedAgendaCheck. */
export const SHIPPED_AGENDA_CHECK_KEY = 'shippedAgendaChecked';

/**
 * "The endpoint confirmed, at `checkedAt`, that the agenda this build ships
 * is current." `version` and `updatedAt` name that agenda, so a later build
 * shipping another one does not take the check for its own.
 */
export interface ShippedAgendaCheck {
  version: number;
  updatedAt: string;
  etag?: string;
  checkedAt: number;
}

/** True when `check` is about `shipped` (the very agenda, not just its version number). */
export function checksAgenda(check: ShippedAgendaCheck | undefined, shipped: Agenda): boolean {
  return (
    check !== undefined &&
    check.version === shipped.version &&
    check.updatedAt === shipped.updatedAt
  );
}

/** The row that stands for the shipped agenda while none is stored: checked if `check` is about it. */
function shippedRow(shipped: Agenda, check: ShippedAgendaCheck | undefined): AgendaRow {
  return checksAgenda(check, shipped)
    ? {
        id: 'current',
        agenda: shipped,
        origin: 'endpoint',
        etag: check!.etag,
        checkedAt: check!.checkedAt,
      }
    : { id: 'current', agenda: shipped, origin: 'shipped' };
}

async function readShippedCheck(): Promise<ShippedAgendaCheck | undefined> {
  return (await db.meta.get(SHIPPED_AGENDA_CHECK_KEY))?.value as ShippedAgendaCheck | undefined;
}

/**
 * The agenda screens show: the stored copy, else `fallback` (the shipped
 * agenda), checked when the device recorded a check of it. Same inputs, same
 * object, and the shipped agenda is `fallback` itself (never a copy).
 */
export function useCurrentAgenda(fallback: Agenda): CurrentAgenda {
  const stored = useLiveQuery(async () => {
    const [row, check] = await Promise.all([db.agenda.get('current'), readShippedCheck()]);
    return { row, check };
  }, []);
  const row = stored?.row;
  const check = stored?.check;
  return useMemo(() => {
    // A stored agenda older than the one this build ships (an old endpoint copy
    // from before an app update) never hides the newer shipped one.
    const shown = row && row.agenda.version >= fallback.version ? row : shippedRow(fallback, check);
    return { agenda: shown.agenda, origin: shown.origin, checkedAt: shown.checkedAt };
  }, [row, check, fallback]);
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
  return db.transaction('rw', db.agenda, db.meta, async () => {
    const current = await db.agenda.get('current');
    const base = current ?? shippedRow(shown, await readShippedCheck());
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

/**
 * A 304 to a device with no stored agenda: the endpoint confirmed that
 * `shipped`, the agenda this build ships, is current. Records that check
 * (ShippedAgendaCheck), not a copy of the agenda.
 */
export async function recordShippedAgendaChecked(
  shipped: Agenda,
  meta: { etag?: string; checkedAt: number },
): Promise<void> {
  const value: ShippedAgendaCheck = {
    version: shipped.version,
    updatedAt: shipped.updatedAt,
    etag: meta.etag,
    checkedAt: meta.checkedAt,
  };
  await db.meta.put({ key: SHIPPED_AGENDA_CHECK_KEY, value });
}

/** A 304: the endpoint confirmed the stored version is still current. */
export async function markAgendaChecked(checkedAt: number): Promise<void> {
  await db.agenda.update('current', { checkedAt });
}
