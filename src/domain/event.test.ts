// The event as data: days, zones, and the schema's checks that depend on it.
import { describe, expect, it } from 'vitest';
import { AgendaSchema } from './agenda';
import { SHIPPED_AGENDA } from '../content/agenda';
import {
  DEFAULT_EVENT,
  eventDays,
  eventOf,
  instantToZoneLocal,
  isTimeZone,
  zoneLocalToIso,
} from './event';

describe('event', () => {
  it('defaults to the 2015 convening for documents without one', () => {
    expect(eventOf({})).toBe(DEFAULT_EVENT);
    expect(eventDays(DEFAULT_EVENT)).toEqual(['2015-06-10', '2015-06-11']);
    expect(SHIPPED_AGENDA.event).toEqual(DEFAULT_EVENT);
  });

  it('knows IANA zones and converts wall clock both ways across offsets', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(zoneLocalToIso('2019-08-21T11:00', 'Europe/Berlin')).toBe('2019-08-21T11:00:00+02:00');
    expect(zoneLocalToIso('2020-12-14T08:00', 'UTC')).toBe('2020-12-14T08:00:00+00:00');
    expect(instantToZoneLocal(Date.parse('2020-12-14T09:00:00+01:00'), 'UTC')).toBe(
      '2020-12-14T08:00',
    );
  });

  it('checks sessions against the event days and the zone against the event', () => {
    const event = {
      ...DEFAULT_EVENT,
      start: '2019-08-21',
      end: '2019-08-25',
      timeZone: 'Europe/Berlin',
    };
    const session = {
      ...SHIPPED_AGENDA.sessions[0]!,
      start: '2019-08-21T11:00',
      end: '2019-08-21T11:30',
    };
    const ok = { ...SHIPPED_AGENDA, timeZone: 'Europe/Berlin', event, sessions: [session] };
    expect(AgendaSchema.safeParse(ok).success).toBe(true);
    const wrongZone = AgendaSchema.safeParse({ ...ok, timeZone: 'America/New_York' });
    expect(wrongZone.error?.issues[0]?.path).toEqual(['timeZone']);
    const outside = AgendaSchema.safeParse({
      ...ok,
      sessions: [{ ...session, start: '2019-08-27T11:00', end: '2019-08-27T12:00' }],
    });
    expect(outside.error?.issues.map((i) => i.path.join('.'))).toEqual(['sessions.0.start']);
  });
});
