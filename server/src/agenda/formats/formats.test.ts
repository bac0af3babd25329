// Reading and writing the four schedule formats, on the public samples in
// ../shared/interop and on files written for these tests.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import type { Agenda } from '../../../../src/domain/agenda';
import { SHIPPED_AGENDA } from '../../../../src/content/agenda';
import { diffAgendas } from '../../../../src/domain/agendaDiff';
import { buildIcs } from '../../../../src/domain/ics';
import { eventOf } from '../../../../src/domain/event';
import {
  buildScheduleJson,
  buildScheduleXml,
  CSV_TEMPLATE,
  importSchedule,
  type ImportOutcome,
  type ScheduleFormat,
} from './index';

const INTEROP = new URL('../../../../../shared/interop/', import.meta.url);
const FIXTURES = new URL('../../../test/fixtures/agenda/', import.meta.url);
const read = (base: URL, name: string) => readFileSync(fileURLToPath(new URL(name, base)), 'utf8');

function ok(outcome: ImportOutcome): Agenda {
  if (!outcome.ok) throw new Error(`import failed: ${JSON.stringify(outcome.errors, null, 1)}`);
  return { ...outcome.agenda, version: 2, updatedAt: '2026-01-01T00:00:00.000Z' };
}

function load(format: ScheduleFormat, text: string, current: Agenda = SHIPPED_AGENDA): Agenda {
  return ok(importSchedule(format, text, current));
}

const rooms = (a: Agenda) => [...new Set(a.sessions.map((s) => s.room))].sort();
const first = (a: Agenda) => a.sessions.reduce((x, y) => (y.start < x.start ? y : x));
const last = (a: Agenda) => a.sessions.reduce((x, y) => (y.start >= x.start ? y : x));

describe('schedule.json samples', () => {
  it('imports the pretalx export (UTC zone, +01:00 offsets in the dates)', () => {
    const a = load('schedule.json', read(INTEROP, 'pretalx-democon.json'));
    expect(a.sessions).toHaveLength(36);
    expect(eventOf(a)).toMatchObject({
      title: 'DemoCon',
      shortName: 'democon',
      start: '2020-12-14',
      end: '2020-12-16',
      timeZone: 'UTC',
      city: '',
    });
    expect(a.timeZone).toBe('UTC');
    expect(rooms(a)).toEqual(['Gray Room', 'Tan Room']);
    // "date": "2020-12-14T09:00:00+01:00" is 08:00 in UTC, the conference's zone.
    const opening = a.sessions.find((s) => s.id === '8079583e-8321-506c-95af-fd2903a5f075')!;
    expect(opening).toMatchObject({
      title: 'Focused 5thgeneration hardware',
      start: '2020-12-14T08:00',
      end: '2020-12-14T08:30',
      room: 'Gray Room',
      kind: 'breakout',
      speakers: [{ role: 'speaker', description: 'Brian Robinson' }],
    });
    expect(opening.description).toMatch(/^Brand back-end models!\n\nStation provide/);
    expect(first(a).start.slice(0, 10)).toBe('2020-12-14');
    expect(last(a).start.slice(0, 10)).toBe('2020-12-16');
  });

  it('imports the frab export (Europe/Berlin, +02:00)', () => {
    const outcome = importSchedule(
      'schedule.json',
      read(INTEROP, 'frab-camp2019.json'),
      SHIPPED_AGENDA,
    );
    const a = ok(outcome);
    expect(a.sessions).toHaveLength(79);
    expect(eventOf(a)).toMatchObject({
      title: 'Chaos Communication Camp 2019',
      start: '2019-08-21',
      end: '2019-08-26',
      timeZone: 'Europe/Berlin',
    });
    expect(rooms(a)).toEqual(['Curie', 'Meitner']);
    const opening = a.sessions.find((s) => s.id === 'a0a0fcfe-b7fb-46e3-84b6-97a5406016b4')!;
    expect(opening).toMatchObject({
      title: 'Opening Ceremony',
      start: '2019-08-21T11:00',
      end: '2019-08-21T11:30',
      room: 'Curie',
    });
    expect(opening.speakers.map((p) => p.description)).toEqual(['jinxx', 'smtw']);
    expect(first(a)).toBe(opening);
    expect(last(a).start.slice(0, 10)).toBe('2019-08-25');
    // A session past midnight is kept within its day, and the organizer is told.
    expect(outcome.ok && outcome.warnings.map((w) => w.message)).toContain(
      'Sessions running past midnight are shown ending at 23:59.',
    );
  });
});

describe('files written for these tests', () => {
  it('imports a schedule.xml (Europe/Brussels), decoding entities, kinds and focus areas from type and track', () => {
    const a = load('schedule.xml', read(FIXTURES, 'fosdem-like.xml'));
    expect(a.sessions).toHaveLength(4);
    expect(eventOf(a)).toMatchObject({
      title: 'Open Days & Friends',
      shortName: 'opendays2024',
      start: '2024-02-03',
      end: '2024-02-04',
      timeZone: 'Europe/Brussels',
    });
    expect(rooms(a)).toEqual(['Janson', 'K.1.105']);
    const [welcome, prevention, lunch, workshop] = a.sessions;
    expect(welcome).toMatchObject({
      id: '4a5b6c7d-1111-4abc-8def-000000000001',
      start: '2024-02-03T09:30',
      end: '2024-02-03T09:55',
      kind: 'plenary',
      description: 'Opening words.\n\nWhat happens <here> this weekend.',
      speakers: [
        { role: 'speaker', description: 'Ada Example' },
        { role: 'speaker', description: 'Bo Sample' },
      ],
    });
    expect(prevention).toMatchObject({ kind: 'breakout', focusAreas: ['prevention'] });
    expect(lunch).toMatchObject({ kind: 'meal', focusAreas: [] });
    expect(workshop).toMatchObject({
      start: '2024-02-04T17:00',
      end: '2024-02-04T18:30',
      focusAreas: ['training'],
      speakers: [{ role: 'speaker', description: 'Dee Person' }],
    });
  });

  it('imports an .ics: IANA and Windows TZIDs, UTC, DURATION, CANCELLED, whole-day events skipped', () => {
    const outcome = importSchedule('icalendar', read(FIXTURES, 'sched-like.ics'), SHIPPED_AGENDA);
    const a = ok(outcome);
    expect(eventOf(a)).toMatchObject({ title: 'Summit on Care', timeZone: 'America/Chicago' });
    expect(eventOf(a)).toMatchObject({ start: '2023-10-04', end: '2023-10-05' });
    const byTitle = Object.fromEntries(a.sessions.map((s) => [s.title, s]));
    expect(a.sessions).toHaveLength(3);
    expect(byTitle['Opening plenary']).toMatchObject({
      start: '2023-10-04T09:00',
      end: '2023-10-04T10:00',
      room: 'Grand Ballroom',
      kind: 'plenary',
      description: 'Welcome, everyone.\nSecond line.',
      cancelled: false,
    });
    // "Central Standard Time" is read through the file's own VTIMEZONE (CDT in October).
    expect(byTitle['Identification in practice']).toMatchObject({
      start: '2023-10-04T10:30',
      end: '2023-10-04T11:30',
      kind: 'breakout',
      focusAreas: ['identification'],
    });
    // 17:00Z is 12:00 in Chicago (CDT).
    expect(byTitle['Cancelled panel']).toMatchObject({
      start: '2023-10-05T12:00',
      end: '2023-10-05T12:45',
      cancelled: true,
    });
    expect(outcome.ok && outcome.warnings.map((w) => w.where).join(' ')).toMatch(/UID evt-103/);
    expect(a.sessions.map((s) => s.id).sort()).toEqual(
      [
        'evt-100-sched-example-' +
          a.sessions
            .find((s) => s.title === 'Opening plenary')!
            .id.split('-')
            .pop(),
        ...a.sessions.filter((s) => s.title !== 'Opening plenary').map((s) => s.id),
      ].sort(),
    );
  });

  it('imports a CSV in event time: AM/PM, roles, multi-line cells, formulas kept as text', () => {
    const a = load('csv', read(FIXTURES, 'sessions.csv'));
    expect(a.sessions.map((s) => s.id)).toEqual(['opening', 'p-1', 'lunch', 'd2-team']);
    expect(eventOf(a)).toEqual(eventOf(SHIPPED_AGENDA));
    const [opening, placement, , team] = a.sessions;
    expect(opening).toMatchObject({
      start: '2015-06-10T09:00',
      end: '2015-06-10T10:15',
      kind: 'plenary',
      focusAreas: ['prevention'],
      speakers: [
        { role: 'host', description: 'Federal agency leadership' },
        { role: 'speaker', description: 'Jane Example' },
      ],
      description: 'Why we are here, and what\nthe two days are for.',
    });
    expect(placement).toMatchObject({
      focusAreas: ['placement'],
      speakers: [{ role: 'moderator', description: 'State child welfare director' }],
    });
    expect(team).toMatchObject({
      start: '2015-06-11T13:30',
      end: '2015-06-11T15:00',
      cancelled: true,
      description: '=HYPERLINK("x")',
    });
  });

  it('imports its own template', () => {
    expect(load('csv', CSV_TEMPLATE).sessions.map((s) => s.id)).toEqual(['welcome', 'lunch-1']);
  });

  it('ids are the same on every import of the same file', () => {
    for (const [format, text] of [
      ['icalendar', read(FIXTURES, 'sched-like.ics')],
      ['schedule.xml', read(FIXTURES, 'fosdem-like.xml')],
    ] as const) {
      expect(load(format, text).sessions.map((s) => s.id)).toEqual(
        load(format, text).sessions.map((s) => s.id),
      );
    }
  });
});

describe('round trips: export then import gives an empty diff', () => {
  const samples: [string, Agenda][] = [
    ['shipped agenda', SHIPPED_AGENDA],
    ['pretalx sample', load('schedule.json', read(INTEROP, 'pretalx-democon.json'))],
    ['frab sample', load('schedule.json', read(INTEROP, 'frab-camp2019.json'))],
  ];
  for (const [name, agenda] of samples) {
    it(`schedule.json: ${name}`, () => {
      const text = JSON.stringify(buildScheduleJson(agenda, 'https://agenda.test'));
      const back = load('schedule.json', text, agenda);
      expect(diffAgendas(agenda, back).changes).toEqual([]);
      expect(eventOf(back)).toEqual(eventOf(agenda));
    });
    it(`.ics: ${name}`, () => {
      const ev = eventOf(agenda);
      const text = buildIcs(agenda.sessions, {
        now: 0,
        illustrative: agenda.illustrative,
        calendarName: ev.title,
        timeZone: ev.timeZone,
      });
      const back = load('icalendar', text, agenda);
      // practiceIds have no place in a calendar; everything else comes back.
      const strip = (a: Agenda) => ({
        ...a,
        sessions: a.sessions.map((s) => ({ ...s, practiceIds: [] })),
      });
      expect(diffAgendas(strip(agenda), back).changes).toEqual([]);
    });
  }
  for (const [name, agenda] of samples.slice(1)) {
    it(`schedule.xml: ${name}`, () => {
      const back = load('schedule.xml', buildScheduleXml(agenda, 'https://agenda.test'), agenda);
      expect(diffAgendas(agenda, back).changes).toEqual([]);
    });
  }
  it('schedule.xml keeps the shipped agenda ids, times, rooms, titles and kinds', () => {
    const back = load('schedule.xml', buildScheduleXml(SHIPPED_AGENDA, 'https://agenda.test'));
    const changes = diffAgendas(SHIPPED_AGENDA, back).changes;
    // Only what the format cannot say (several focus areas, speaker roles, practices) differs.
    expect(changes.flatMap((c) => c.kinds)).not.toContain('added');
    for (const c of changes) expect(c.kinds).toEqual(['details']);
    expect(changes.flatMap((c) => c.detailFields).filter((f) => f === 'kind')).toEqual([]);
  });
});

describe('re-importing a changed file', () => {
  it('keeps the ids and shows exactly what changed', () => {
    const text = read(INTEROP, 'frab-camp2019.json');
    const before = load('schedule.json', text);
    const doc = JSON.parse(text) as {
      schedule: {
        conference: {
          days: { rooms: Record<string, { title: string; date: string; start: string }[]> }[];
        };
      };
    };
    const curie = doc.schedule.conference.days[0]!.rooms['Curie']!;
    curie[0]!.title = 'Opening Ceremony (renamed)';
    curie[1]!.date = curie[1]!.date.replace(/T\d\d:/, 'T16:');
    curie.splice(2, 1);
    const after = load('schedule.json', JSON.stringify(doc), before);
    const changes = diffAgendas(before, after).changes;
    expect(changes.map((c) => c.kinds)).toEqual(
      expect.arrayContaining([['renamed'], ['retimed'], ['removed']]),
    );
    expect(changes).toHaveLength(3);
    expect(after.sessions.filter((s) => before.sessions.some((b) => b.id === s.id))).toHaveLength(
      78,
    );
  });
});

describe('hostile and malformed files are refused, naming the problem', () => {
  const refuse = (format: ScheduleFormat, text: string) => {
    const r = importSchedule(format, text, SHIPPED_AGENDA);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('XML with external entities (XXE) or entity expansion (billion laughs), quickly', () => {
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<schedule>&x;</schedule>';
    const lol = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++)
      lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    lol.push(']>', '<schedule>&lol9;</schedule>');
    const started = performance.now();
    expect(refuse('schedule.xml', xxe)[0]).toMatchObject({
      where: 'line 2',
      message: expect.stringMatching(/DOCTYPE/),
    });
    expect(refuse('schedule.xml', lol.join('\n'))[0]!.message).toMatch(/entity/);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('malformed XML, JSON, iCalendar and CSV', () => {
    expect(refuse('schedule.xml', '<schedule><day></schedule>')[0]!.where).toMatch(
      /^line 1, column/,
    );
    expect(refuse('schedule.xml', '<other/>')[0]!.message).toMatch(/<schedule>/);
    expect(refuse('schedule.json', '{"schedule": ')[0]!.message).toMatch(/^Not valid JSON/);
    expect(refuse('schedule.json', '{"a": 1}')[0]!.message).toMatch(/schedule\.conference\.days/);
    expect(refuse('icalendar', 'BEGIN:VCALENDAR\r\ngarbage\r\n')[0]!.message).toMatch(
      /^Not valid iCalendar/,
    );
    expect(refuse('csv', 'name,when\nx,y\n')[0]).toMatchObject({
      where: 'row 1',
      message: expect.stringMatching(/title, date, start, end, room/),
    });
    expect(
      refuse('csv', 'title,date,start,end,room\nA,2015-06-10,25:00,10:00,Hall\n')[0],
    ).toMatchObject({ where: 'row 2' });
  });

  it('names the session of a problem the agenda check finds', () => {
    const csv =
      'id,title,date,start,end,room\nok,Fine,2015-06-10,09:00,10:00,Hall\nbad,Backwards,2015-06-10,11:00,10:00,Hall\n';
    expect(refuse('csv', csv)).toEqual([
      { where: 'row 3', message: 'end: A session must end after it starts' },
    ]);
    const dup =
      'id,title,date,start,end,room\na,One,2015-06-10,09:00,10:00,Hall\na,Two,2015-06-10,11:00,12:00,Hall\n';
    expect(refuse('csv', dup)[0]).toMatchObject({
      where: 'row 3',
      message: expect.stringMatching(/row 2/),
    });
    const json = JSON.parse(read(INTEROP, 'pretalx-democon.json')) as {
      schedule: { conference: { days: { rooms: Record<string, { duration: string }[]> }[] } };
    };
    json.schedule.conference.days[0]!.rooms['Gray Room']![0]!.duration = 'soon';
    expect(refuse('schedule.json', JSON.stringify(json))[0]).toEqual({
      where: 'event 8079583e-8321-506c-95af-fd2903a5f075',
      message: 'duration "soon" is not hh:mm.',
    });
  });

  it('large files: too many sessions refused before mapping, long problem lists cut short', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `s${i},T,2015-06-10,09:00,08:00,R`);
    const many = refuse('csv', `id,title,date,start,end,room\n${rows.join('\n')}`);
    expect(many).toEqual([
      { where: '', message: 'The file has more than 300 sessions; at most 300 are allowed.' },
    ]);
    const bad = refuse('csv', `id,title,date,start,end,room\n${rows.slice(0, 250).join('\n')}`);
    expect(bad).toHaveLength(101);
    expect(bad[100]!.message).toBe('…and 150 more problems.');
    const deep = refuse('schedule.xml', `<schedule>${'<a>'.repeat(50_000)}`);
    expect(deep[0]!.message.length).toBeLessThanOrEqual(500);
    const started = performance.now();
    const flood = refuse('schedule.xml', `<schedule>${'<a>'.repeat(1_000_000)}`);
    expect(flood[0]!.message).toMatch(/more than 60000 XML tags/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('unknown calendar data is still a 4xx-kind answer, never an exception', () => {
    expect(
      refuse(
        'icalendar',
        'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:nope\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
      ).length,
    ).toBeGreaterThan(0);
  });
});

it('parses the generated .ics back with ical.js (VTIMEZONE for a non-US zone)', () => {
  const a = load('schedule.json', read(INTEROP, 'frab-camp2019.json'));
  const text = buildIcs(a.sessions, { now: 0, illustrative: false, timeZone: 'Europe/Berlin' });
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
    'Europe/Berlin',
  );
  expect(cal.getAllSubcomponents('vevent')).toHaveLength(79);
});
