/**
 * Event time: converting between instants and the event's wall clock
 * (currentEvent() in event.ts; America/New_York for the 2015 convening), parsing a pinned clock ("2015-06-10T10:15") and
 * formatting times for people. Pure functions, so the answer never depends
 * on the device's own time zone unless a function says it does.
 */
import { tzOffset } from '@date-fns/tz';
import { currentEvent, MONTHS } from './event';
import { ruleOffset } from './zoneOffset';

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// Asking Intl for an offset costs tens of microseconds, and rendering the
// agenda asks for the same few session times hundreds of times. Offsets only
// change on a minute boundary, so one answer per minute is exact.
const offsetByMinute = new Map<number, number>();
let offsetZone = '';

/** Minutes east of UTC of the event zone at an instant (-240 for EDT). */
function eventOffsetMinutes(instant: number): number {
  const minute = Math.floor(instant / 60_000);
  const zone = currentEvent().timeZone;
  // The event's own zone in the years its rule covers: no Intl (zoneOffset.ts).
  const known = ruleOffset(zone, minute * 60_000);
  if (known !== undefined) return known;
  if (zone !== offsetZone) {
    // Another event (an import published): the cached offsets were another zone's.
    offsetByMinute.clear();
    offsetZone = zone;
  }
  let offset = offsetByMinute.get(minute);
  if (offset === undefined) {
    if (offsetByMinute.size >= 10_000) offsetByMinute.clear();
    offset = tzOffset(zone, new Date(minute * 60_000));
    offsetByMinute.set(minute, offset);
  }
  return offset;
}

// Offsets rather than a Date subclass (TZDate): plain arithmetic on instants
// works the same under any device zone and under test clocks that replace Date.

/**
 * Loads the time-zone data the event clock needs (the first offset Intl
 * computes costs ~10 ms on a phone), so the first render does not pay it.
 * Nothing to load, and no Intl, for the shipped agenda's zone now
 * (zoneOffset.ts); another event's zone, or a year the rule does not cover,
 * still pays it here.
 */
export function warmEventClock(): void {
  eventOffsetMinutes(Date.now());
}

/** The instant (ms since epoch) of an event-local wall-clock time "YYYY-MM-DDTHH:mm". */
export function eventLocalToInstant(local: string): number {
  const m = LOCAL_RE.exec(local);
  if (!m) throw new Error(`Not an event-local time: ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const first = asUtc - eventOffsetMinutes(asUtc) * 60_000;
  // Near a DST change the offset at the guess can differ from the offset at the answer.
  return asUtc - eventOffsetMinutes(first) * 60_000;
}

/** The event-local wall-clock time "YYYY-MM-DDTHH:mm" of an instant (seconds dropped). */
export function instantToEventLocal(instant: number): string {
  const t = new Date(instant + eventOffsetMinutes(instant) * 60_000);
  return (
    `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
  );
}

/** The UTC offset of the event zone at an event-local time, as "-04:00". */
export function eventOffset(local: string): string {
  const minutes = eventOffsetMinutes(eventLocalToInstant(local));
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export type ClockPin =
  { ok: true; local: string; instant: number } | { ok: false; value: string; reason: string };

/**
 * Parses a clock pin as given in `?now=`. Accepts event-local
 * "YYYY-MM-DDTHH:mm" (seconds tolerated and dropped). Anything else is
 * refused with a reason a person can read; it never throws.
 */
export function parseClockPin(raw: string): ClockPin {
  const value = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value);
  if (!m) {
    return { ok: false, value, reason: 'Use the form 2015-06-10T10:15 (event time).' };
  }
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== mo - 1 ||
    date.getUTCDate() !== d ||
    h > 23 ||
    mi > 59
  ) {
    return { ok: false, value, reason: 'That date or time does not exist.' };
  }
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  const instant = eventLocalToInstant(local);
  // A wall-clock time skipped by the spring-forward gap does not round-trip.
  if (instantToEventLocal(instant) !== local) {
    return { ok: false, value, reason: 'That time is skipped by the daylight-saving change.' };
  }
  return { ok: true, local, instant };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_LONG = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** "9:00 AM" from an event-local time; no zone maths, it is already wall-clock. */
export function formatEventTime(local: string): string {
  const h = Number(local.slice(11, 13));
  const mi = local.slice(14, 16);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}:${mi} ${h < 12 ? 'AM' : 'PM'}`;
}

function weekday(date: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
}

/** "Wednesday, June 10" from "2015-06-10". */
export function formatEventDay(date: string): string {
  const mo = Number(date.slice(5, 7));
  return `${WEEKDAYS_LONG[weekday(date)]}, ${MONTHS[mo - 1]} ${Number(date.slice(8, 10))}`;
}

/** "Wed 10:15 AM" from an event-local time. */
export function formatEventShort(local: string): string {
  return `${WEEKDAYS[weekday(local.slice(0, 10))]} ${formatEventTime(local)}`;
}

/** Where an instant falls relative to the event days, in event time. */
export function eventPhase(instant: number): 'before' | 'during' | 'after' {
  const day = instantToEventLocal(instant).slice(0, 10);
  const { start, end } = currentEvent();
  if (day < start) return 'before';
  if (day > end) return 'after';
  return 'during';
}

/**
 * The one format for "when" a thing happened (checked, synced, published):
 * event time, 12-hour, "5:28 PM" on the clock's own event day, else with the
 * date, "Jun 9, 5:28 PM", and the year when it differs ("Jun 1, 2015, 1:00 PM").
 * `now` is the app's clock (pinned or real), so "today" is the clock's today.
 */
export function formatWhen(instant: number, now: number): string {
  const local = instantToEventLocal(instant);
  const today = instantToEventLocal(now);
  const time = formatEventTime(local);
  if (local.slice(0, 10) === today.slice(0, 10)) return time;
  const date = `${MONTHS[Number(local.slice(5, 7)) - 1]!.slice(0, 3)} ${Number(local.slice(8, 10))}`;
  const year = local.slice(0, 4) === today.slice(0, 4) ? '' : `, ${local.slice(0, 4)}`;
  return `${date}${year}, ${time}`;
}
