/**
 * When an evaluation may be given, as one rule for the device (which shows
 * or hides the form) and the endpoint (which refuses what comes too early):
 * a session can be rated from its start; the convening as a whole from the
 * last afternoon. A device may change what it gave until the event ends;
 * after that a first evaluation is still welcome, a change is not.
 */
import type { Agenda, Session } from '../agenda';
import { EVENT_DAYS } from '../agendaConstants';
import { eventLocalToInstant, formatEventShort } from '../clock';

/** The last afternoon: the overall evaluation opens at noon of the last day. */
export const OVERALL_OPENS_LOCAL = `${EVENT_DAYS[EVENT_DAYS.length - 1]}T12:00`;
/** Changes are accepted until the end of the last event day (event time). */
export const CHANGES_CLOSE_LOCAL = `${EVENT_DAYS[EVENT_DAYS.length - 1]}T23:59`;

export type Window =
  | { open: true }
  | { open: false; reason: 'not-started' | 'unknown' | 'cancelled'; message: string };

export function sessionWindow(agenda: Agenda, sessionId: string, now: number): Window {
  const session = agenda.sessions.find((s) => s.id === sessionId);
  if (!session) {
    return { open: false, reason: 'unknown', message: 'There is no such session on the agenda.' };
  }
  return windowOf(session, now);
}

export function windowOf(session: Session, now: number): Window {
  if (session.cancelled) {
    return { open: false, reason: 'cancelled', message: 'This session was cancelled.' };
  }
  if (now < eventLocalToInstant(session.start)) {
    return {
      open: false,
      reason: 'not-started',
      message: `You can rate this session once it starts (${formatEventShort(session.start)}, Washington, D.C. time).`,
    };
  }
  return { open: true };
}

export function overallWindow(now: number): Window {
  if (now < eventLocalToInstant(OVERALL_OPENS_LOCAL)) {
    return {
      open: false,
      reason: 'not-started',
      message: `The evaluation of the convening opens ${formatEventShort(OVERALL_OPENS_LOCAL)} (Washington, D.C. time).`,
    };
  }
  return { open: true };
}

/** May an evaluation the device already gave still be changed? */
export function changesOpen(now: number): boolean {
  return now <= eventLocalToInstant(CHANGES_CLOSE_LOCAL) + 59_999;
}
