/**
 * When an evaluation may be given, as one rule for the device (which shows
 * or hides the form) and the endpoint (which refuses what comes too early):
 * a session can be rated from its start; the convening as a whole from the
 * last afternoon. A device may change what it gave until the event ends;
 * after that a first evaluation is still welcome, a change is not. Times are
 * the agenda's event's wall-clock times in its own time zone.
 */
import type { Agenda, Session } from '../agenda';
import { formatEventShort } from '../clock';
import { eventDays, eventOf, zoneLocalToInstant } from '../event';

export type Window =
  | { open: true }
  | { open: false; reason: 'not-started' | 'unknown' | 'cancelled'; message: string };

type AgendaEvent = Pick<Agenda, 'event'>;

const lastDay = (agenda: AgendaEvent) => eventDays(eventOf(agenda)).at(-1)!;
/** The last afternoon: the overall evaluation opens at noon of the last day. */
export const overallOpensLocal = (agenda: AgendaEvent) => `${lastDay(agenda)}T12:00`;
const zoneOf = (agenda: AgendaEvent) => eventOf(agenda).timeZone;

export function sessionWindow(agenda: Agenda, sessionId: string, now: number): Window {
  const session = agenda.sessions.find((s) => s.id === sessionId);
  if (!session) {
    return { open: false, reason: 'unknown', message: 'There is no such session on the agenda.' };
  }
  return windowOf(agenda, session, now);
}

export function windowOf(agenda: AgendaEvent, session: Session, now: number): Window {
  if (session.cancelled) {
    return { open: false, reason: 'cancelled', message: 'This session was cancelled.' };
  }
  if (now < zoneLocalToInstant(session.start, zoneOf(agenda))) {
    return {
      open: false,
      reason: 'not-started',
      message: `You can rate this session once it starts (${formatEventShort(session.start)}, event time).`,
    };
  }
  return { open: true };
}

export function overallWindow(agenda: AgendaEvent, now: number): Window {
  const opens = overallOpensLocal(agenda);
  if (now < zoneLocalToInstant(opens, zoneOf(agenda))) {
    return {
      open: false,
      reason: 'not-started',
      message: `The evaluation of the convening opens ${formatEventShort(opens)} (event time).`,
    };
  }
  return { open: true };
}

/** May an evaluation the device already gave still be changed? Until the last day ends. */
export function changesOpen(agenda: AgendaEvent, now: number): boolean {
  return now < zoneLocalToInstant(`${lastDay(agenda)}T23:59`, zoneOf(agenda)) + 60_000;
}
