/**
 * schedule.json, the frab-compatible format pretalx and frab export (c3voc
 * schema): writing the agenda as one, and reading one into a draft agenda.
 *
 * What the format has no field for (the app's session kind when it is not a
 * frab type, all focus areas, speaker roles, related practices, cancelled,
 * the event's city and venue) travels in `conference.meta`, the schema's
 * free-form object, so this app's own export comes back unchanged; other
 * tools ignore it.
 */
import type { Agenda, Session, Speaker } from '../../../../src/domain/agenda';
import { instantToZoneLocal } from '../../../../src/domain/event';
import {
  addMinutes,
  blankSession,
  durationMinutes,
  endOnSameDay,
  finish,
  fit,
  focusAreasFromTrack,
  GENERATOR,
  isoOffsetMinutes,
  joinText,
  kindFromType,
  META_KEY,
  sessionIdFrom,
  speakerFrom,
  tooMany,
  WarningList,
  scheduleTimeZone,
  type ImportOutcome,
  type SourcedSession,
} from './common';
import { exportModel } from './exportModel';
import { arr, obj, str, strList, type Obj } from './shape';

/** schedule.json's time-zone pattern (unanchored on purpose, as the schema writes it). */
const SCHEMA_ZONE_RE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;

interface SessionExtras {
  id: string;
  kind: Session['kind'];
  focusAreas: Session['focusAreas'];
  speakers: Speaker[];
  practiceIds: string[];
  cancelled: boolean;
}

/** The agenda as a schedule.json document; `baseUrl` makes the session links absolute. */
export function buildScheduleJson(agenda: Agenda, baseUrl: string): Obj {
  const m = exportModel(agenda);
  const extras: Record<string, SessionExtras> = {};
  const days = m.days.map((d) => ({
    index: d.index,
    date: d.date,
    day_start: d.dayStart,
    day_end: d.dayEnd,
    rooms: Object.fromEntries(
      d.rooms.map((r) => [
        r.name,
        r.events.map((e) => {
          const s = e.session;
          extras[e.guid] = {
            id: s.id,
            kind: s.kind,
            focusAreas: s.focusAreas,
            speakers: s.speakers,
            practiceIds: s.practiceIds,
            cancelled: s.cancelled,
          };
          return {
            guid: e.guid,
            id: e.id,
            date: e.date,
            start: e.start,
            duration: e.duration,
            room: s.room,
            slug: e.slug,
            url: `${baseUrl}/session/${encodeURIComponent(s.id)}`,
            title: s.title,
            subtitle: '',
            track: e.track,
            type: s.kind,
            language: 'en',
            abstract: '',
            description: s.description,
            persons: e.persons.map((p) => ({ id: p.id, public_name: p.name })),
            links: [],
          };
        }),
      ]),
    ),
  }));
  const event = m.event;
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: GENERATOR, version: '1' },
    schedule: {
      version: m.version,
      base_url: `${baseUrl}/`,
      conference: {
        acronym: m.acronym,
        title: event.title,
        start: event.start,
        end: event.end,
        daysCount: m.days.length,
        timeslot_duration: '00:05',
        ...(SCHEMA_ZONE_RE.test(event.timeZone) ? { time_zone_name: event.timeZone } : {}),
        url: `${baseUrl}/`,
        rooms: m.rooms,
        meta: {
          [META_KEY]: {
            event,
            illustrative: agenda.illustrative,
            sessions: extras,
          },
        },
        days,
      },
    },
  };
}

/** JSON.parse's complaint, kept short and with its position. */
function jsonProblem(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function extrasFor(meta: Obj | undefined, guid: string | undefined): Partial<SessionExtras> {
  const all = obj(obj(meta?.sessions)?.[guid ?? '']);
  if (!all) return {};
  const out: Partial<SessionExtras> = {};
  if (typeof all.id === 'string') out.id = all.id;
  if (typeof all.kind === 'string') out.kind = all.kind as Session['kind'];
  if (Array.isArray(all.focusAreas))
    out.focusAreas = strList(all.focusAreas) as Session['focusAreas'];
  if (Array.isArray(all.practiceIds)) out.practiceIds = strList(all.practiceIds);
  if (Array.isArray(all.speakers)) {
    out.speakers = arr(all.speakers)
      .map(obj)
      .filter(
        (p): p is Obj => !!p && typeof p.role === 'string' && typeof p.description === 'string',
      )
      .map((p) => ({ role: p.role as Speaker['role'], description: p.description as string }));
  }
  if (typeof all.cancelled === 'boolean') out.cancelled = all.cancelled;
  return out;
}

/** Reads a schedule.json text into a draft agenda (never published here). */
export function importScheduleJson(text: string, current: Agenda): ImportOutcome {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [{ where: '', message: `Not valid JSON: ${jsonProblem(err)}` }] };
  }
  const conference = obj(obj(obj(doc)?.schedule)?.conference);
  const days = conference?.days;
  if (!conference || !Array.isArray(days)) {
    return {
      ok: false,
      errors: [{ where: '', message: 'Not a schedule.json: expected schedule.conference.days.' }],
    };
  }
  const many = tooMany(
    days.reduce<number>(
      (n, d) =>
        n + Object.values(obj(obj(d)?.rooms) ?? {}).reduce<number>((m, l) => m + arr(l).length, 0),
      0,
    ),
  );
  if (many) return many;
  const w = new WarningList();
  const meta = obj(obj(conference.meta)?.[META_KEY]);
  const metaEvent = obj(meta?.event);

  // The zone: the conference's, else one made from the events' offsets.
  const timeZone = scheduleTimeZone(
    str(conference.time_zone_name),
    days
      .flatMap((d) => Object.values(obj(obj(d)?.rooms) ?? {}).flatMap(arr))
      .map((e) => str(obj(e)?.date))
      .find(Boolean),
    w,
  );

  const errors: { where: string; message: string }[] = [];
  const sessions: SourcedSession[] = [];
  let n = 0;
  days.forEach((dayValue, dayIndex) => {
    const rooms = obj(obj(dayValue)?.rooms);
    if (!rooms) {
      errors.push({ where: `day ${dayIndex + 1}`, message: 'has no rooms object.' });
      return;
    }
    for (const [roomName, list] of Object.entries(rooms)) {
      if (!Array.isArray(list)) {
        errors.push({
          where: `day ${dayIndex + 1}, room "${roomName}"`,
          message: 'is not a list of events.',
        });
        continue;
      }
      for (const value of list) {
        n += 1;
        const e = obj(value);
        const guid = str(e?.guid)?.trim();
        const numeric = str(e?.id)?.trim();
        const where = guid ? `event ${guid}` : numeric ? `event id ${numeric}` : `event #${n}`;
        if (!e) {
          errors.push({ where, message: 'is not an object.' });
          continue;
        }
        const extras = extrasFor(meta, guid);
        const sourceId = guid || numeric;
        if (!sourceId) {
          errors.push({
            where,
            message: 'has neither guid nor id, so it cannot keep a stable id.',
          });
          continue;
        }
        const s = blankSession(extras.id ?? sessionIdFrom(sourceId));
        const date = str(e.date);
        const instant = date ? Date.parse(date) : NaN;
        if (!date || Number.isNaN(instant) || isoOffsetMinutes(date) === undefined) {
          errors.push({
            where,
            message: `date "${date ?? ''}" is not an ISO date-time with an offset.`,
          });
          continue;
        }
        s.start = instantToZoneLocal(instant, timeZone);
        const start = str(e.start);
        if (start && start.slice(0, 5) !== s.start.slice(11, 16)) {
          w.group(
            `"start" differs from "date" in ${timeZone}; the time from "date" is used.`,
            where,
          );
        }
        const endIso = str(e.end);
        const minutes = durationMinutes(str(e.duration));
        if (endIso && !Number.isNaN(Date.parse(endIso))) {
          s.end = instantToZoneLocal(Date.parse(endIso), timeZone);
        } else if (minutes !== undefined) {
          s.end = addMinutes(s.start, minutes);
        } else {
          errors.push({ where, message: `duration "${str(e.duration) ?? ''}" is not hh:mm.` });
          continue;
        }
        s.end = endOnSameDay(s.start, s.end, where, w);
        s.title = fit((str(e.title) ?? '').trim(), 200, 'Titles', where, w);
        s.room = fit((str(e.room) ?? roomName).trim(), 100, 'Room names', where, w);
        s.description = fit(
          joinText(str(e.subtitle), str(e.abstract), str(e.description)),
          4000,
          'Descriptions',
          where,
          w,
        );
        const kind = kindFromType(str(e.type));
        if (!kind.known && !extras.kind)
          w.group(`Unknown type "${str(e.type) ?? ''}": shown as Breakout.`, where);
        s.kind = extras.kind ?? kind.kind;
        s.focusAreas = extras.focusAreas ?? focusAreasFromTrack(str(e.track)).focusAreas;
        s.speakers =
          extras.speakers ??
          arr(e.persons)
            .map((p) => str(obj(p)?.public_name) ?? str(obj(p)?.name) ?? '')
            .map((name) => speakerFrom(name))
            .filter((p): p is Speaker => p !== null)
            .map((p) => ({ ...p, role: 'speaker' as const }))
            .slice(0, 30);
        s.practiceIds = extras.practiceIds ?? [];
        s.cancelled = extras.cancelled ?? false;
        sessions.push({ session: s, where });
      }
    }
  });
  if (errors.length) return { ok: false, errors };
  return finish(
    sessions,
    {
      title: str(conference.title),
      shortName: str(metaEvent?.shortName) ?? str(conference.acronym),
      start: str(conference.start),
      end: str(conference.end),
      city: str(metaEvent?.city),
      venue: str(metaEvent?.venue),
      timeZone,
    },
    current,
    w,
    meta?.illustrative === true,
  );
}
