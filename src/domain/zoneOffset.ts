/**
 * UTC offsets of a time zone, without Intl for the event's own zone.
 *
 * The first Intl.DateTimeFormat of a page loads ICU's time-zone data: tens of
 * milliseconds in one task on a phone, which the start-up cannot split. The
 * shipped agenda's zone (America/New_York, EVENT_TIME_ZONE) follows the US
 * rule in force since 2007: daylight time (UTC-4, "EDT") from the second
 * Sunday of March at 2:00 standard time (7:00 UTC) to the first Sunday of
 * November at 2:00 daylight time (6:00 UTC), standard time (UTC-5, "EST")
 * otherwise. For that zone and the years RULE_YEARS the offsets and names
 * come from the rule; everything else (another event's zone, other years)
 * asks Intl. zoneOffset.test.ts checks the rule against Intl (the runtime's
 * tz database) every few hours of every covered year and at each change: if
 * the rule changes, that test fails, and RULE_YEARS must end before it.
 */
import { tzOffset } from '@date-fns/tz';
import { EVENT_TIME_ZONE } from './agendaConstants';

/** First and last year (UTC) the bundled rule answers for. */
export const RULE_YEARS = [2007, 2030] as const;

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Instant (ms) of 00:00 UTC on the `n`th Sunday of `month` (0-based) of `year`. */
function nthSunday(year: number, month: number, n: number): number {
  const first = Date.UTC(year, month, 1);
  const firstSunday = first + ((7 - new Date(first).getUTCDay()) % 7) * DAY;
  return firstSunday + (n - 1) * 7 * DAY;
}

/** [start, end) of daylight time in `year`, as instants. */
const daylightByYear = new Map<number, readonly [number, number]>();
function daylight(year: number): readonly [number, number] {
  let span = daylightByYear.get(year);
  if (!span) {
    span = [nthSunday(year, 2, 2) + 7 * HOUR, nthSunday(year, 10, 1) + 6 * HOUR];
    daylightByYear.set(year, span);
  }
  return span;
}

/**
 * Minutes east of UTC of `zone` at `instant` from the bundled rule, or
 * undefined when the rule does not cover them (then ask Intl).
 */
export function ruleOffset(zone: string, instant: number): number | undefined {
  if (zone !== EVENT_TIME_ZONE || !Number.isFinite(instant)) return undefined;
  const year = new Date(instant).getUTCFullYear();
  if (year < RULE_YEARS[0] || year > RULE_YEARS[1]) return undefined;
  const [start, end] = daylight(year);
  return instant >= start && instant < end ? -240 : -300;
}

/** Minutes east of UTC of `zone` at `instant` (-240 for New York in June). */
export function zoneOffsetMinutes(zone: string, instant: number): number {
  return ruleOffset(zone, instant) ?? tzOffset(zone, new Date(instant));
}

const RULE_NAMES: Record<number, string> = { [-240]: 'EDT', [-300]: 'EST' };

/**
 * The zone's short English name at an instant from the bundled rule ("EDT"),
 * or undefined when the rule does not cover it.
 */
export function ruleAbbreviation(zone: string, instant: number): string | undefined {
  const offset = ruleOffset(zone, instant);
  return offset === undefined ? undefined : RULE_NAMES[offset];
}
