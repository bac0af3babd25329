/**
 * A VTIMEZONE for any IANA zone, valid over a span of time: the offset in
 * force at its start and every change within it (found by asking Intl, so no
 * zone database ships with the app). Calendar apps need the VTIMEZONE to
 * read TZID times; rules (RRULE) are not needed for a span this short.
 */
import { tzOffset } from '@date-fns/tz';

function pad(n: number): string {
  return String(Math.abs(n)).padStart(2, '0');
}

/** "+0200" / "-0500" */
function icsOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}${pad(minutes % 60)}`;
}

/** Local wall time "YYYYMMDDTHHMMSS" of an instant at a given offset. */
function localStamp(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * 60_000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

const HOUR = 3_600_000;
const QUARTER = 900_000;

/** VTIMEZONE lines for `timeZone` covering [from, to] (instants in ms). */
export function vtimezoneLines(timeZone: string, from: number, to: number): string[] {
  const offsetAt = (t: number) => tzOffset(timeZone, new Date(t));
  // Start a little before the span so its first day is covered whole.
  const begin = Math.floor((from - 2 * 24 * HOUR) / HOUR) * HOUR;
  const end = to + 2 * 24 * HOUR;
  let offset = offsetAt(begin);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    `DTSTART:${localStamp(begin, offset)}`,
    `TZOFFSETFROM:${icsOffset(offset)}`,
    `TZOFFSETTO:${icsOffset(offset)}`,
    'END:STANDARD',
  ];
  for (let t = begin + HOUR; t <= end; t += HOUR) {
    const next = offsetAt(t);
    if (next === offset) continue;
    // Changes happen on a quarter hour: find which one in the last hour.
    let at = t - HOUR + QUARTER;
    while (at < t && offsetAt(at) === offset) at += QUARTER;
    const kind = next > offset ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(at, offset)}`,
      `TZOFFSETFROM:${icsOffset(offset)}`,
      `TZOFFSETTO:${icsOffset(next)}`,
      `END:${kind}`,
    );
    offset = next;
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
