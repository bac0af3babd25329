/**
 * The event an agenda is for (title, short name, dates, city and venue, IANA
 * time zone), read through one small module so screens, the .ics writer and
 * the endpoint's exports ask the same question the same way. Zod-free, like
 * agendaConstants, so the first screen can use it.
 *
 * Agendas published before the event became data carry no `event`; they are
 * the 2015 convening's, so DEFAULT_EVENT answers for them.
 */
import { EVENT_DAYS, EVENT_TIME_ZONE } from './agendaConstants';
import { ruleAbbreviation, zoneOffsetMinutes } from './zoneOffset';

export interface EventInfo {
  title: string;
  /** Short name for page titles, headers and file names. */
  shortName: string;
  /** First and last day, "YYYY-MM-DD", in the event's zone. */
  start: string;
  end: string;
  city: string;
  venue: string;
  /** IANA zone name; every time in the agenda is wall-clock time there. */
  timeZone: string;
}

export const DEFAULT_EVENT: EventInfo = {
  title: 'National Convening on Trafficking and Child Welfare',
  shortName: 'Trafficking and Child Welfare Convening',
  start: EVENT_DAYS[0],
  end: EVENT_DAYS[1],
  city: 'Washington, D.C.',
  venue: '',
  timeZone: EVENT_TIME_ZONE,
};

/** An event may span at most this many days (a sanity bound for day tabs and imports). */
export const MAX_EVENT_DAYS = 31;

/** The event an agenda is for: its own, or the 2015 convening for older documents. */
export function eventOf(agenda: { event?: EventInfo | undefined }): EventInfo {
  return agenda.event ?? DEFAULT_EVENT;
}

/** Every date from start to end inclusive ("YYYY-MM-DD"); empty when out of order. */
export function eventDays(event: Pick<EventInfo, 'start' | 'end'>): string[] {
  const days: string[] = [];
  const last = Date.parse(`${event.end}T00:00:00Z`);
  let t = Date.parse(`${event.start}T00:00:00Z`);
  if (Number.isNaN(t) || Number.isNaN(last)) return days;
  while (t <= last && days.length <= MAX_EVENT_DAYS) {
    days.push(new Date(t).toISOString().slice(0, 10));
    t += 86_400_000;
  }
  return days;
}

/** True for a zone name this runtime's Intl knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Wall-clock "YYYY-MM-DDTHH:mm" in `timeZone` of an instant (seconds dropped). */
export function instantToZoneLocal(instant: number, timeZone: string): string {
  const t = new Date(instant + zoneOffsetMinutes(timeZone, instant) * 60_000);
  return (
    `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
  );
}

/** The instant of a wall-clock "YYYY-MM-DDTHH:mm" in `timeZone`. */
export function zoneLocalToInstant(local: string, timeZone: string): number {
  const asUtc = Date.parse(`${local}:00Z`);
  const first = asUtc - zoneOffsetMinutes(timeZone, asUtc) * 60_000;
  // Near a DST change the offset at the guess can differ from the one at the answer.
  return asUtc - zoneOffsetMinutes(timeZone, first) * 60_000;
}

/** "+02:00" for an offset in minutes east of UTC. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A wall-clock time in `timeZone` as ISO 8601 with its offset: "2019-08-21T11:00:00+02:00". */
export function zoneLocalToIso(local: string, timeZone: string): string {
  const instant = zoneLocalToInstant(local, timeZone);
  return `${local}:00${formatOffset(zoneOffsetMinutes(timeZone, instant))}`;
}

// ---- The event the device shows now ------------------------------------------
//
// Screens and the event clock (clock.ts, nowNext.ts) ask "which event?" here
// instead of receiving it through every call: the device shows one agenda at a
// time. The app sets it from the agenda it shows (useEventInfo); the endpoint
// never sets it and passes zones explicitly.

let shown: EventInfo = DEFAULT_EVENT;
const listeners = new Set<() => void>();

/** The event of the agenda the device shows (the 2015 convening until one is loaded). */
export function currentEvent(): EventInfo {
  return shown;
}

/** Makes `next` the shown event; listeners hear of it only when something changed. */
export function setCurrentEvent(next: EventInfo): void {
  if (JSON.stringify(next) === JSON.stringify(shown)) return;
  shown = next;
  for (const l of listeners) l();
}

export function subscribeCurrentEvent(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Month names, January first (event dates and the event clock's formats). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "June 10–11, 2015", "August 30 – September 2, 2019", "June 10, 2015". */
export function formatEventDates(e: Pick<EventInfo, 'start' | 'end'>): string {
  const [y1, m1, d1] = e.start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = e.end.split('-').map(Number) as [number, number, number];
  const a = `${MONTHS[m1 - 1]} ${d1}`;
  if (e.start === e.end) return `${a}, ${y1}`;
  if (y1 === y2 && m1 === m2) return `${a}–${d2}, ${y1}`;
  if (y1 === y2) return `${a} – ${MONTHS[m2 - 1]} ${d2}, ${y1}`;
  return `${a}, ${y1} – ${MONTHS[m2 - 1]} ${d2}, ${y2}`;
}

/** "Washington, D.C." or, without a city, the zone's name ("Europe/Berlin"). */
export function eventPlace(e: Pick<EventInfo, 'city' | 'venue' | 'timeZone'>): string {
  return e.city || e.venue || e.timeZone;
}

/** The zone's short name at an instant ("EDT", "CEST", "GMT+1"), in English. */
export function zoneAbbreviation(timeZone: string, instant: number): string {
  // The shipped agenda's zone needs no Intl (its first use loads ICU's data).
  const known = ruleAbbreviation(timeZone, instant);
  if (known) return known;
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** "June 10 and 11, 2015", "December 14, 15 and 16, 2020"; across months, as formatEventDates. */
export function formatEventDayList(e: Pick<EventInfo, 'start' | 'end'>): string {
  const days = eventDays(e);
  if (days.length < 2 || e.start.slice(0, 7) !== e.end.slice(0, 7)) return formatEventDates(e);
  const nums = days.map((d) => String(Number(d.slice(8, 10))));
  const last = nums.pop()!;
  return `${MONTHS[Number(e.start.slice(5, 7)) - 1]} ${nums.join(', ')} and ${last}, ${e.start.slice(0, 4)}`;
}
