/**
 * The agenda the person last acknowledged on this device ("Got it" on the
 * change banner), kept in the meta table. Diffing it against the current
 * version gives the combined change however many versions arrived meanwhile
 * (the device may have been offline through several publishes and only
 * fetched the newest). `before` is the snapshot acknowledged before that, so
 * the session page can still mark a change after the banner is dismissed.
 */
import { useLiveQuery } from './liveQuery';
import type { Agenda } from '../domain/agenda';
import { db } from './db';

export const AGENDA_SEEN_KEY = 'agendaSeen';

export interface AgendaSeen {
  agenda: Agenda;
  before?: Agenda;
  /** Instant (ms) of the acknowledgement. */
  at: number;
}

/** undefined while loading; { value: undefined } when nothing was acknowledged yet. */
export function useAgendaSeen(): { value: AgendaSeen | undefined } | undefined {
  return useLiveQuery(
    async () => ({ value: (await db.meta.get(AGENDA_SEEN_KEY))?.value as AgendaSeen | undefined }),
    [],
  );
}

export function getAgendaSeen(): Promise<AgendaSeen | undefined> {
  return db.meta.get(AGENDA_SEEN_KEY).then((r) => r?.value as AgendaSeen | undefined);
}

/** The first agenda a device shows is its baseline: no banner for it. Never overwrites. */
export async function initAgendaSeen(agenda: Agenda, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (await db.meta.get(AGENDA_SEEN_KEY)) return;
    const value: AgendaSeen = { agenda, at: now };
    await db.meta.put({ key: AGENDA_SEEN_KEY, value });
  });
}

/** "Got it": the person has seen `agenda`; older snapshots never replace newer ones. */
export async function acknowledgeAgenda(agenda: Agenda, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const old = (await db.meta.get(AGENDA_SEEN_KEY))?.value as AgendaSeen | undefined;
    if (old && old.agenda.version >= agenda.version) return;
    const value: AgendaSeen = { agenda, before: old?.agenda, at: now };
    await db.meta.put({ key: AGENDA_SEEN_KEY, value });
  });
}
