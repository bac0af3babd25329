/**
 * An RFC 5545 calendar writer for "my schedule": CRLF line endings, lines
 * folded at 75 octets without splitting a UTF-8 character, TEXT values
 * escaped, times given in the event's zone with a VTIMEZONE that is valid for
 * 2015 (US rules since 2007: EDT from the second Sunday of March, EST from the
 * first Sunday of November).
 */
import type { Session } from './agenda';
import { EVENT_TIME_ZONE, SESSION_KINDS } from './agendaConstants';
import { focusAreaLabel } from './focusAreaList';
import { vtimezoneLines } from './vtimezone';
import { zoneLocalToInstant } from './event';

export const ICS_PRODID = '-//Convening Companion//My schedule//EN';
export const ICS_UID_DOMAIN = 'convening-companion';

const VTIMEZONE_NEW_YORK = [
  'BEGIN:VTIMEZONE',
  `TZID:${EVENT_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0500',
  'TZOFFSETTO:-0400',
  'TZNAME:EDT',
  'DTSTART:20070311T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0400',
  'TZOFFSETTO:-0500',
  'TZNAME:EST',
  'DTSTART:20071104T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The convening's own rules for New York; for another zone, its offsets over the sessions' span. */
function vtimezoneFor(zone: string, sessions: readonly Session[]): string[] {
  if (zone === EVENT_TIME_ZONE || sessions.length === 0) {
    return zone === EVENT_TIME_ZONE ? VTIMEZONE_NEW_YORK : vtimezoneLines(zone, 0, 0);
  }
  const starts = sessions.map((s) => zoneLocalToInstant(s.start, zone));
  const ends = sessions.map((s) => zoneLocalToInstant(s.end, zone));
  return vtimezoneLines(zone, Math.min(...starts), Math.max(...ends));
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line (RFC 5545 3.1): no line longer than 75 octets; each
 * continuation starts with a space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** "2015-06-10T09:00" → "20150610T090000" (local form, used with TZID). */
function localStamp(local: string): string {
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** An instant as a UTC DATE-TIME: "20150601T144200Z". */
function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function describe(s: Session, illustrative: boolean): string {
  const kind = SESSION_KINDS.find((k) => k.id === s.kind)?.label ?? s.kind;
  const lines = [s.description.trim(), '', `Kind: ${kind}`];
  if (s.focusAreas.length)
    lines.push(`Focus areas: ${s.focusAreas.map(focusAreaLabel).join(', ')}`);
  for (const p of s.speakers)
    lines.push(`${p.role[0]!.toUpperCase()}${p.role.slice(1)}: ${p.description}`);
  if (illustrative) lines.push('', 'From the illustrative agenda (not the official one).');
  return lines.join('\n').trim();
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP). */
  now: number;
  /** Whether the agenda is the illustrative one; said in each description. */
  illustrative: boolean;
  calendarName?: string;
  /** The event's zone (default America/New_York); every DTSTART/DTEND is given in it. */
  timeZone?: string;
}

/** A whole VCALENDAR with one VEVENT per session, as a string with CRLF endings. */
export function buildIcs(sessions: readonly Session[], options: IcsOptions): string {
  const zone = options.timeZone ?? EVENT_TIME_ZONE;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName ?? 'Convening: my schedule')}`,
    `X-WR-TIMEZONE:${zone}`,
    ...vtimezoneFor(zone, sessions),
  ];
  const stamp = utcStamp(options.now);
  for (const s of sessions) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.id}@${ICS_UID_DOMAIN}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${zone}:${localStamp(s.start)}`,
      `DTEND;TZID=${zone}:${localStamp(s.end)}`,
      `SUMMARY:${escapeText(s.title)}`,
      `LOCATION:${escapeText(s.room)}`,
      `DESCRIPTION:${escapeText(describe(s, options.illustrative))}`,
      `STATUS:${s.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
