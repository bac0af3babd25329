import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FIXTURE_AGENDA, fixtureSession } from '../features/agenda/testFixture';
import { buildIcs, escapeText, foldLine } from './ics';

const NOW = Date.parse('2015-06-09T12:34:56.789Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  }
  return cal;
}

describe('buildIcs', () => {
  const sessions = [fixtureSession('welcome'), fixtureSession('prevent'), fixtureSession('courts')];
  const text = buildIcs(sessions, { now: NOW, illustrative: true });

  it('writes a VCALENDAR with the required properties and CRLF endings only', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const cal = parse(text);
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/Convening Companion/);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'America/New_York',
    );
  });

  it('gives each session one event with a stable UID and correct instants (9:00 EDT = 13:00Z)', () => {
    const events = parse(text)
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid)).toEqual([
      'welcome@convening-companion',
      'prevent@convening-companion',
      'courts@convening-companion',
    ]);
    const welcome = events[0]!;
    expect(welcome.startDate.toJSDate().toISOString()).toBe('2015-06-10T13:00:00.000Z');
    expect(welcome.endDate.toJSDate().toISOString()).toBe('2015-06-10T14:00:00.000Z');
    expect(welcome.startDate.zone?.tzid).toBe('America/New_York');
    expect(events[2]!.startDate.toJSDate().toISOString()).toBe('2015-06-11T13:00:00.000Z');
    expect(welcome.location).toBe('Main Hall');
    expect(welcome.summary).toBe('Welcome and purpose');
  });

  it('stamps DTSTAMP in UTC and marks cancelled sessions', () => {
    expect(text).toContain('DTSTAMP:20150609T123456Z\r\n');
    const events = parse(text).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
    ]);
  });

  it('escapes TEXT so commas, semicolons, backslashes and newlines round-trip', () => {
    const tricky = {
      ...fixtureSession('welcome'),
      title: 'Courts; law enforcement, and data \\ a backslash',
      room: 'Room 1, East; wing',
    };
    const out = buildIcs([tricky], { now: NOW, illustrative: false });
    expect(out).toContain('SUMMARY:Courts\\; law enforcement\\, and data \\\\ a backslash\r\n');
    const event = new ICAL.Event(parse(out).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(tricky.title);
    expect(event.location).toBe(tricky.room);
    const desc = new ICAL.Event(parse(text).getAllSubcomponents('vevent')[1]!).description;
    expect(desc).toContain('Risk factors; protective factors, and what works.\nSecond line.');
    expect(desc).toContain('Moderator: State child welfare director');
    expect(desc).toContain('illustrative agenda');
  });

  it('folds long lines at 75 octets without splitting characters, and they parse back whole', () => {
    const long = {
      ...fixtureSession('welcome'),
      title: 'Überlange Sitzung — ' + 'é'.repeat(60) + ' 🙂'.repeat(20) + ' end',
    };
    const out = buildIcs([long], { now: NOW, illustrative: false });
    const lines = out.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(out).not.toContain('\uFFFD');
    const event = new ICAL.Event(parse(out).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(long.title);
  });

  it('writes one event per bookmarked session of a whole agenda', () => {
    const all = buildIcs(FIXTURE_AGENDA.sessions, { now: NOW, illustrative: true });
    expect(parse(all).getAllSubcomponents('vevent')).toHaveLength(FIXTURE_AGENDA.sessions.length);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes in the right order', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('leaves short lines alone and folds a 76-octet line once', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // 74 content octets fit on each continuation (the leading space counts).
    expect(
      foldLine('x'.repeat(75 + 74 + 1))
        .split('\r\n')
        .map(octets),
    ).toEqual([75, 75, 2]);
  });
  it('never splits a multi-byte character', () => {
    const folded = foldLine('a' + 'é'.repeat(40)); // 81 octets
    const [first] = folded.split('\r\n');
    expect(octets(first!)).toBe(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i ? l.slice(1) : l))
        .join(''),
    ).toBe('a' + 'é'.repeat(40));
  });
});
