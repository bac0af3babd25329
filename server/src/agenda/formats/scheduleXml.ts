/**
 * schedule.xml (frab/Pentabarf, the c3voc XSD), read by Giggity,
 * EventFahrplan and the FOSDEM companion: writing the agenda as one, and
 * reading one into a draft agenda.
 *
 * Reading is safe by default: a document with a DOCTYPE is refused before
 * parsing (schedule.xml never needs one, and that is where external entities
 * and entity expansion live), and fast-xml-parser neither fetches nor
 * expands anything itself. Malformed XML is answered with its line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Agenda, Speaker } from '../../../../src/domain/agenda';
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
  isSessionId,
  joinText,
  kindFromType,
  sessionIdFrom,
  tooMany,
  WarningList,
  scheduleTimeZone,
  type ImportOutcome,
  type SourcedSession,
} from './common';
import { exportModel } from './exportModel';
import { arr, obj, str, type Obj } from './shape';

// Characters XML 1.0 does not allow at all, even escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function esc(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function el(name: string, text: string): string {
  return `<${name}>${esc(text)}</${name}>`;
}

/** Far more tags than 300 events with 30 speakers each carry. */
const MAX_XML_TAGS = 60_000;

/** The XSD's slug type; a slug is written only when it fits. */
const XSD_SLUG_RE = /^[a-z0-9_]{4,}-[a-z0-9\-_]{4,}$/;
const HTTP_RE = /^https?:\/\//;

/** The agenda as a schedule.xml document. */
export function buildScheduleXml(agenda: Agenda, baseUrl: string): string {
  const m = exportModel(agenda);
  const e = m.event;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    `  <generator name="${GENERATOR}" version="1"/>`,
    `  ${el('version', m.version)}`,
    '  <conference>',
    `    ${el('title', e.title)}`,
    `    ${el('acronym', m.acronym)}`,
    `    ${el('start', e.start)}`,
    `    ${el('end', e.end)}`,
    `    ${el('days', String(m.days.length))}`,
    `    ${el('timeslot_duration', '00:05')}`,
    ...(HTTP_RE.test(baseUrl) ? [`    ${el('base_url', `${baseUrl}/`)}`] : []),
    `    ${el('time_zone_name', e.timeZone)}`,
    '  </conference>',
  ];
  for (const d of m.days) {
    out.push(`  <day index="${d.index}" date="${d.date}" start="${d.dayStart}" end="${d.dayEnd}">`);
    for (const r of d.rooms) {
      const roomGuid = m.rooms.find((x) => x.name === r.name)?.guid;
      out.push(`    <room name="${esc(r.name)}"${roomGuid ? ` guid="${roomGuid}"` : ''}>`);
      for (const ev of r.events) {
        const s = ev.session;
        out.push(
          `      <event guid="${ev.guid}" id="${ev.id}">`,
          `        ${el('room', s.room)}`,
          `        ${el('title', s.title)}`,
          `        ${el('subtitle', '')}`,
          `        ${el('type', s.kind)}`,
          `        ${el('date', ev.date)}`,
          `        ${el('start', ev.start)}`,
          `        ${el('duration', ev.duration)}`,
          `        ${el('abstract', '')}`,
          ...(XSD_SLUG_RE.test(ev.slug) ? [`        ${el('slug', ev.slug)}`] : []),
          `        ${el('track', ev.track ?? '')}`,
          '        <persons>',
          ...ev.persons.map((p) => `          <person id="${p.id}">${esc(p.name)}</person>`),
          '        </persons>',
          `        ${el('language', 'en')}`,
          `        ${el('description', s.description)}`,
          '        <links/>',
          ...(HTTP_RE.test(baseUrl)
            ? [`        ${el('url', `${baseUrl}/session/${encodeURIComponent(s.id)}`)}`]
            : []),
          '      </event>',
        );
      }
      out.push('    </room>');
    }
    out.push('  </day>');
  }
  out.push('</schedule>', '');
  return out.join('\n');
}

/** Elements that may repeat, by path (an event's own <room> is text, a day's <room> a list). */
const ARRAYS = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
  'schedule.conference.track',
]);

/** Text of an element that may also carry attributes. */
function text(v: unknown): string | undefined {
  return str(v) ?? str(obj(v)?.['#text']);
}

/** Reads a schedule.xml text into a draft agenda (never published here). */
export function importScheduleXml(xml: string, current: Agenda): ImportOutcome {
  const fail = (where: string, message: string): ImportOutcome => ({
    ok: false,
    errors: [{ where, message }],
  });
  const doctype = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (doctype) {
    const line = xml.slice(0, doctype.index).split('\n').length;
    return fail(
      `line ${line}`,
      'XML with a DOCTYPE or entity declarations is refused: schedule.xml needs none, and external entities or entity expansion are not accepted.',
    );
  }
  // 300 sessions need a few thousand elements; refusing far more first keeps a
  // hostile 5 MiB of nested or repeated tags from costing seconds of parsing.
  let tags = 0;
  for (let i = xml.indexOf('<'); i >= 0 && tags <= MAX_XML_TAGS; i = xml.indexOf('<', i + 1))
    tags++;
  if (tags > MAX_XML_TAGS) {
    return fail(
      '',
      `The file has more than ${MAX_XML_TAGS} XML tags; an agenda of at most 300 sessions needs far fewer.`,
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return fail(
      `line ${valid.err.line}, column ${valid.err.col}`,
      `Not well-formed XML: ${valid.err.msg.slice(0, 300)}`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    // Character references (&#233;) are decoded; DOCTYPE entities never reach here.
    htmlEntities: true,
    trimValues: true,
    isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
  });
  let doc: Obj;
  try {
    doc = parser.parse(xml) as Obj;
  } catch (err) {
    return fail('', `Not readable XML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const schedule = obj(doc.schedule);
  if (!schedule) return fail('', 'Not a schedule.xml: the root element must be <schedule>.');
  const conference = obj(schedule.conference) ?? {};
  const ours = str(obj(schedule.generator)?.['@name']) === GENERATOR;
  const acronym = text(conference.acronym) ?? '';
  const w = new WarningList();

  const days = arr(schedule.day);
  const events = days.flatMap((d) => arr(obj(d)?.room).flatMap((r) => arr(obj(r)?.event)));
  const many = tooMany(events.length);
  if (many) return many;
  const timeZone = scheduleTimeZone(
    text(conference.time_zone_name),
    events.map((e) => text(obj(e)?.date)).find(Boolean),
    w,
  );

  const errors: { where: string; message: string }[] = [];
  const sessions: SourcedSession[] = [];
  events.forEach((value, i) => {
    const e = obj(value) ?? {};
    const guid = str(e['@guid'])?.trim();
    const numeric = str(e['@id'])?.trim();
    const where = guid ? `event ${guid}` : numeric ? `event id ${numeric}` : `event #${i + 1}`;
    const slug = text(e.slug) ?? '';
    // This app's own export names its sessions in the slug; other tools' slugs follow titles.
    const own = ours && slug.startsWith(`${acronym}-`) ? slug.slice(acronym.length + 1) : '';
    const sourceId = guid || numeric;
    if (!own && !sourceId) {
      errors.push({ where, message: 'has neither guid nor id, so it cannot keep a stable id.' });
      return;
    }
    const s = blankSession(own && isSessionId(own) ? own : sessionIdFrom(sourceId!));
    const date = text(e.date);
    const instant = date ? Date.parse(date) : NaN;
    if (!date || Number.isNaN(instant) || isoOffsetMinutes(date) === undefined) {
      errors.push({
        where,
        message: `<date> "${date ?? ''}" is not an ISO date-time with an offset.`,
      });
      return;
    }
    s.start = instantToZoneLocal(instant, timeZone);
    const start = text(e.start);
    if (start && start.slice(0, 5) !== s.start.slice(11, 16)) {
      w.group(`<start> differs from <date> in ${timeZone}; the time from <date> is used.`, where);
    }
    const minutes = durationMinutes(text(e.duration));
    if (minutes === undefined) {
      errors.push({ where, message: `<duration> "${text(e.duration) ?? ''}" is not hh:mm.` });
      return;
    }
    s.end = endOnSameDay(s.start, addMinutes(s.start, minutes), where, w);
    s.title = fit((text(e.title) ?? '').trim(), 200, 'Titles', where, w);
    s.room = fit((text(e.room) ?? '').trim(), 100, 'Room names', where, w);
    s.description = fit(
      joinText(text(e.subtitle), text(e.abstract), text(e.description)),
      4000,
      'Descriptions',
      where,
      w,
    );
    const kind = kindFromType(text(e.type));
    if (!kind.known) w.group(`Unknown type "${text(e.type) ?? ''}": shown as Breakout.`, where);
    s.kind = kind.kind;
    s.focusAreas = focusAreasFromTrack(text(e.track)).focusAreas;
    s.speakers = arr(obj(e.persons)?.person)
      .map((p) => (text(p) ?? '').trim())
      .filter(Boolean)
      .map((name): Speaker => ({ role: 'speaker', description: name.slice(0, 200) }))
      .slice(0, 30);
    sessions.push({ session: s, where });
  });
  if (errors.length) return { ok: false, errors };
  return finish(
    sessions,
    {
      title: text(conference.title),
      shortName: acronym || undefined,
      start: text(conference.start),
      end: text(conference.end),
      timeZone,
    },
    current,
    w,
  );
}
