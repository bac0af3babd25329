/**
 * "Now / next": from an instant and the agenda, the sessions in progress and
 * the next ones to start, judged on the event's wall clock (America/New_York)
 * so a phone set to Tokyo time gets the same answer as one in Washington.
 */
import type { Agenda, Session } from './agenda';
import { sortSessions } from './agendaConstants';
import { currentEvent, eventDays } from './event';
import { eventPhase, instantToEventLocal } from './clock';

export interface NowNext {
  phase: 'before' | 'during' | 'after';
  /** The instant as event-local wall-clock time "YYYY-MM-DDTHH:mm". */
  eventLocal: string;
  /** The event day the instant falls on, or null outside the event. */
  day: string | null;
  /** Sessions under way (start <= now < end), cancelled ones left out. */
  now: Session[];
  /** The sessions sharing the earliest start time after now (may be the next day). */
  next: Session[];
}

export function nowNext(agenda: Agenda, instant: number): NowNext {
  const eventLocal = instantToEventLocal(instant);
  const phase = eventPhase(instant);
  const day = phase === 'during' ? eventLocal.slice(0, 10) : null;
  const live = sortSessions(agenda.sessions.filter((s) => !s.cancelled));
  const now = live.filter((s) => s.start <= eventLocal && eventLocal < s.end);
  const upcoming = live.filter((s) => s.start > eventLocal);
  const firstStart = upcoming[0]?.start;
  const next = firstStart === undefined ? [] : upcoming.filter((s) => s.start === firstStart);
  return { phase, eventLocal, day, now, next };
}

/** The day the agenda should open on: today's event day during the event, else day 1. */
export function defaultAgendaDay(instant: number): string {
  const day = instantToEventLocal(instant).slice(0, 10);
  const days = eventDays(currentEvent());
  return days.includes(day) ? day : days[0]!;
}

/** Sessions split into the person's (in My schedule) and the rest, order kept. */
export function mineFirst<T extends { id: string }>(
  sessions: readonly T[],
  bookmarks: ReadonlySet<string> | undefined,
): { mine: T[]; others: T[] } {
  const mine = sessions.filter((s) => bookmarks?.has(s.id));
  return { mine, others: sessions.filter((s) => !mine.includes(s)) };
}

/**
 * Where a session stands on the day list at `eventLocal` (event wall clock):
 * under way, over, or neither (still to come, or the clock is outside the event).
 */
export function sessionTense(
  s: { start: string; end: string },
  eventLocal: string,
): 'now' | 'past' | 'later' {
  if (s.end <= eventLocal) return 'past';
  return s.start <= eventLocal ? 'now' : 'later';
}
