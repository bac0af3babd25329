// The event as data: days, zones, and the schema's checks that depend on it.
import { afterEach, describe, expect, it } from 'vitest';
import { AgendaSchema } from './agenda';
import { SHIPPED_AGENDA } from '../content/agenda';
import { eventLocalToInstant, eventPhase, instantToEventLocal } from './clock';
import { defaultAgendaDay } from './nowNext';
import {
  currentEvent,
  DEFAULT_EVENT,
  eventDays,
  eventPlace,
  formatEventDates,
  formatEventDayList,
  setCurrentEvent,
  subscribeCurrentEvent,
  zoneAbbreviation,
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

describe('the shown event drives the event clock', () => {
  const berlin = {
    ...DEFAULT_EVENT,
    title: 'Camp',
    shortName: 'Camp',
    city: '',
    start: '2019-08-21',
    end: '2019-08-25',
    timeZone: 'Europe/Berlin',
  };
  afterEach(() => setCurrentEvent(DEFAULT_EVENT));

  it('converts times in the shown event zone and opens on its days', () => {
    let heard = 0;
    const stop = subscribeCurrentEvent(() => heard++);
    expect(instantToEventLocal(Date.parse('2019-08-21T09:00:00Z'))).toBe('2019-08-21T05:00');
    setCurrentEvent(berlin);
    setCurrentEvent({ ...berlin });
    expect(heard).toBe(1);
    stop();
    expect(currentEvent()).toEqual(berlin);
    expect(instantToEventLocal(Date.parse('2019-08-21T09:00:00Z'))).toBe('2019-08-21T11:00');
    expect(eventLocalToInstant('2019-08-21T11:00')).toBe(Date.parse('2019-08-21T09:00:00Z'));
    expect(eventPhase(Date.parse('2019-08-23T12:00:00Z'))).toBe('during');
    expect(eventPhase(Date.parse('2019-08-26T12:00:00Z'))).toBe('after');
    expect(defaultAgendaDay(Date.parse('2019-08-24T12:00:00Z'))).toBe('2019-08-24');
    expect(defaultAgendaDay(Date.parse('2015-06-10T12:00:00Z'))).toBe('2019-08-21');
  });

  it('says dates, places and zones for people', () => {
    expect(formatEventDates(DEFAULT_EVENT)).toBe('June 10–11, 2015');
    expect(formatEventDates({ start: '2019-08-30', end: '2019-09-02' })).toBe(
      'August 30 – September 2, 2019',
    );
    expect(formatEventDayList(DEFAULT_EVENT)).toBe('June 10 and 11, 2015');
    expect(formatEventDayList({ start: '2020-12-14', end: '2020-12-16' })).toBe(
      'December 14, 15 and 16, 2020',
    );
    expect(eventPlace(DEFAULT_EVENT)).toBe('Washington, D.C.');
    expect(eventPlace(berlin)).toBe('Europe/Berlin');
    expect(zoneAbbreviation('America/New_York', Date.parse('2015-06-10T12:00:00Z'))).toBe('EDT');
  });
});
