/**
 * iCalendar (RFC 5545), what calendars and Sched export: reading one into a
 * draft agenda with ical.js. Writing is src/domain/ics.ts (shared with the
 * attendee's own export).
 *
 * Times: a TZID that is an IANA name is converted with Intl; any other TZID
 * (Outlook's "W. Europe Standard Time") through the file's own VTIMEZONE;
 * UTC times as they are; floating times are taken as event time. The
 * event's zone is X-WR-TIMEZONE, else the first IANA TZID in the file.
 */
import ICAL from 'ical.js';
import type { Agenda, Session } from '../../../../src/domain/agenda';
import { SESSION_KINDS, SPEAKER_ROLES } from '../../../../src/domain/agendaConstants';
import { FOCUS_AREAS } from '../../../../src/domain/focusAreaList';
import { ICS_PRODID, ICS_UID_DOMAIN } from '../../../../src/domain/ics';
import {
  eventOf,
  instantToZoneLocal,
  isTimeZone,
  zoneLocalToInstant,
} from '../../../../src/domain/event';
import {
  blankSession,
  endOnSameDay,
  finish,
  fit,
  focusAreasFromTrack,
  isSessionId,
  kindFromType,
  sessionIdFrom,
  tooMany,
  WarningList,
  type ImportOutcome,
  type SourcedSession,
} from './common';

/** The line of the file where `needle` first appears (1-based), for messages. */
function lineOf(text: string, needle: string): number | undefined {
  const i = text.indexOf(needle);
  return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}

function localOf(t: ICAL.Time): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.year}-${p(t.month)}-${p(t.day)}T${p(t.hour)}:${p(t.minute)}`;
}

/**
 * This app's own .ics writes kind, focus areas and speakers as the last lines
 * of the description; read them back so its export re-imports unchanged.
 */
function ownDescription(text: string): Partial<Session> & { description: string } {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^Kind: /.test(l));
  if (at < 0) return { description: text };
  const out: Partial<Session> & { description: string } = {
    description: lines
      .slice(0, Math.max(0, at - 1))
      .join('\n')
      .trim(),
    speakers: [],
  };
  for (const line of lines.slice(at)) {
    const m = /^([^:]+): (.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    const kind = SESSION_KINDS.find((k) => k.label === value);
    if (key === 'Kind' && kind) out.kind = kind.id;
    else if (key === 'Focus areas') {
      out.focusAreas = value
        .split(', ')
        .map((label) => FOCUS_AREAS.find((f) => f.label === label)?.id)
        .filter((id): id is Session['focusAreas'][number] => id !== undefined);
    } else if ((SPEAKER_ROLES as readonly string[]).includes(key.toLowerCase())) {
      out.speakers!.push({
        role: key.toLowerCase() as Session['speakers'][number]['role'],
        description: value,
      });
    }
  }
  return out;
}

/** Reads an iCalendar text into a draft agenda (never published here). */
export function importIcalendar(text: string, current: Agenda): ImportOutcome {
  let root: ICAL.Component;
  try {
    const jcal = ICAL.parse(text) as unknown;
    // Several VCALENDARs in one file come back as a list: the first is read.
    const first = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal;
    root = new ICAL.Component(first as unknown[]);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [{ where: '', message: `Not valid iCalendar: ${message}` }] };
  }
  if (root.name !== 'vcalendar') {
    return {
      ok: false,
      errors: [{ where: '', message: 'Not an iCalendar file: expected BEGIN:VCALENDAR.' }],
    };
  }
  const w = new WarningList();
  const ours = String(root.getFirstPropertyValue('prodid') ?? '') === ICS_PRODID;
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tzid = String(vtz.getFirstPropertyValue('tzid') ?? '');
    if (tzid) zones.set(tzid, new ICAL.Timezone({ component: vtz, tzid }));
  }
  const vevents = root.getAllSubcomponents('vevent');
  const many = tooMany(vevents.length);
  if (many) return many;
  const wrZone = String(root.getFirstPropertyValue('x-wr-timezone') ?? '');
  const firstTzid = [
    ...zones.keys(),
    ...vevents.map((e) => String(e.getFirstProperty('dtstart')?.getParameter('tzid') ?? '')),
  ].find(isTimeZone);
  let timeZone = isTimeZone(wrZone) ? wrZone : firstTzid;
  if (!timeZone) {
    timeZone = eventOf(current).timeZone;
    w.add('', `The file names no IANA time zone; times are read as ${timeZone}.`);
  }
  const zone = timeZone;

  /** The instant of a DTSTART/DTEND property, or an error text. */
  const instantOf = (prop: ICAL.Property): number | string => {
    const value = prop.getFirstValue() as ICAL.Time;
    if (value.isDate) return 'is a whole day, not a session time';
    if (value.zone?.tzid === 'UTC') return value.toUnixTime() * 1000;
    const tzid = String(prop.getParameter('tzid') ?? '');
    if (!tzid) return zoneLocalToInstant(localOf(value), zone);
    if (isTimeZone(tzid)) return zoneLocalToInstant(localOf(value), tzid);
    const tz = zones.get(tzid);
    if (!tz) return `uses TZID "${tzid}" without a VTIMEZONE for it`;
    const t = value.clone();
    t.zone = tz;
    return t.toUnixTime() * 1000;
  };

  const errors: { where: string; message: string }[] = [];
  const sessions: SourcedSession[] = [];
  vevents.forEach((ev, i) => {
    try {
      readEvent(ev, i);
    } catch (err) {
      // ical.js decodes values lazily, so a bad value surfaces here: name its event.
      const uid = String(ev.getFirstProperty('uid')?.getFirstValue() ?? '');
      errors.push({
        where: uid ? `line ${lineOf(text, `UID:${uid}`) ?? '?'} (UID ${uid})` : `event #${i + 1}`,
        message: `unreadable: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  });
  function readEvent(ev: ICAL.Component, i: number): void {
    const uid = String(ev.getFirstPropertyValue('uid') ?? '').trim();
    const line = uid ? lineOf(text, `UID:${uid}`) : undefined;
    const where = uid ? `line ${line ?? '?'} (UID ${uid})` : `event #${i + 1}`;
    if (ev.getFirstProperty('recurrence-id')) {
      w.group('Changed occurrences of repeating events (RECURRENCE-ID) were skipped.', where);
      return;
    }
    if (ev.getFirstProperty('rrule')) w.group('Repeating events are imported once.', where);
    if (!uid) {
      errors.push({ where, message: 'has no UID, so it cannot keep a stable id.' });
      return;
    }
    const ownId = uid.endsWith(`@${ICS_UID_DOMAIN}`)
      ? uid.slice(0, -ICS_UID_DOMAIN.length - 1)
      : '';
    const s = blankSession(isSessionId(ownId) ? ownId : sessionIdFrom(uid));
    const dtstart = ev.getFirstProperty('dtstart');
    if (!dtstart) {
      errors.push({ where, message: 'has no DTSTART.' });
      return;
    }
    const start = instantOf(dtstart);
    if (typeof start === 'string') {
      w.group('Whole-day or unreadable events were skipped.', where);
      if (!start.startsWith('is a whole day')) errors.push({ where, message: `DTSTART ${start}.` });
      return;
    }
    const dtend = ev.getFirstProperty('dtend');
    const duration = ev.getFirstPropertyValue('duration') as ICAL.Duration | null;
    let end: number | string;
    if (dtend) end = instantOf(dtend);
    else if (duration) end = start + duration.toSeconds() * 1000;
    else end = 'is missing (no DTEND or DURATION)';
    if (typeof end === 'string') {
      errors.push({ where, message: `DTEND ${end}.` });
      return;
    }
    s.start = instantToZoneLocal(start, zone);
    s.end = endOnSameDay(s.start, instantToZoneLocal(end, zone), where, w);
    s.title = fit(
      String(ev.getFirstPropertyValue('summary') ?? '').trim(),
      200,
      'Titles',
      where,
      w,
    );
    const room = String(ev.getFirstPropertyValue('location') ?? '').trim();
    if (!room) w.group('Events without LOCATION are in the room "To be announced".', where);
    s.room = fit(room || 'To be announced', 100, 'Room names', where, w);
    const description = String(ev.getFirstPropertyValue('description') ?? '')
      .replace(/\r\n?/g, '\n')
      .trim();
    const own = ours ? ownDescription(description) : { description };
    s.description = fit(own.description, 4000, 'Descriptions', where, w);
    const categories = ev
      .getAllProperties('categories')
      .flatMap((p) => p.getValues().map(String))
      .join(';');
    s.kind =
      own.kind ?? kindFromType(categories.split(';').find((c) => kindFromType(c).known) ?? '').kind;
    s.focusAreas = own.focusAreas ?? focusAreasFromTrack(categories).focusAreas;
    s.speakers = own.speakers ?? [];
    s.cancelled = String(ev.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
    sessions.push({ session: s, where });
  }
  if (errors.length) return { ok: false, errors };
  const name = String(root.getFirstPropertyValue('x-wr-calname') ?? '').trim();
  return finish(
    sessions,
    // "Convening: my schedule" is the attendee export's name, not an event's.
    { title: ours && name.endsWith('my schedule') ? undefined : name || undefined, timeZone: zone },
    current,
    w,
  );
}
