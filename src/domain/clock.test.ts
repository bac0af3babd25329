import { describe, expect, it } from 'vitest';
import {
  eventLocalToInstant,
  eventOffset,
  eventPhase,
  formatEventDay,
  formatEventShort,
  formatEventTime,
  formatWhen,
  instantToEventLocal,
  parseClockPin,
} from './clock';

describe('event time conversion', () => {
  it('reads event-local times as New York time (EDT in June: UTC-4)', () => {
    expect(new Date(eventLocalToInstant('2015-06-10T09:00')).toISOString()).toBe(
      '2015-06-10T13:00:00.000Z',
    );
    expect(instantToEventLocal(Date.parse('2015-06-10T14:15:00Z'))).toBe('2015-06-10T10:15');
    expect(eventOffset('2015-06-10T09:00')).toBe('-04:00');
    expect(eventOffset('2015-01-10T09:00')).toBe('-05:00');
  });
  it('uses EST in winter', () => {
    expect(new Date(eventLocalToInstant('2015-01-10T09:00')).toISOString()).toBe(
      '2015-01-10T14:00:00.000Z',
    );
  });
});

describe('parseClockPin', () => {
  it('accepts an event-local time and gives its instant', () => {
    const pin = parseClockPin('2015-06-10T10:15');
    expect(pin).toEqual({
      ok: true,
      local: '2015-06-10T10:15',
      instant: Date.parse('2015-06-10T14:15:00Z'),
    });
  });
  it('tolerates seconds and surrounding spaces', () => {
    const pin = parseClockPin(' 2015-06-11T08:30:45 ');
    expect(pin.ok && pin.local).toBe('2015-06-11T08:30');
  });
  it.each(['', 'tomorrow', '2015-06-10', '2015-06-10 10:15', '2015-06-10T10:15Z', '10:15'])(
    'refuses the malformed value %j with a reason',
    (raw) => {
      const pin = parseClockPin(raw);
      expect(pin.ok).toBe(false);
      if (!pin.ok) expect(pin.reason).toMatch(/form/);
    },
  );
  it.each(['2015-02-30T10:00', '2015-06-10T24:00', '2015-06-10T10:60'])(
    'refuses the impossible date or time %s',
    (raw) => {
      const pin = parseClockPin(raw);
      expect(pin.ok).toBe(false);
      if (!pin.ok) expect(pin.reason).toMatch(/does not exist/);
    },
  );
  it('refuses a wall-clock time skipped by the spring-forward change', () => {
    const pin = parseClockPin('2015-03-08T02:30');
    expect(pin.ok).toBe(false);
    if (!pin.ok) expect(pin.reason).toMatch(/daylight-saving/);
  });
});

describe('formatting', () => {
  it('formats event times and days without the device zone', () => {
    expect(formatEventTime('2015-06-10T09:00')).toBe('9:00 AM');
    expect(formatEventTime('2015-06-10T12:30')).toBe('12:30 PM');
    expect(formatEventTime('2015-06-10T00:05')).toBe('12:05 AM');
    expect(formatEventTime('2015-06-10T17:45')).toBe('5:45 PM');
    expect(formatEventDay('2015-06-10')).toBe('Wednesday, June 10');
    expect(formatEventDay('2015-06-11')).toBe('Thursday, June 11');
    expect(formatEventShort('2015-06-10T10:15')).toBe('Wed 10:15 AM');
  });
  it('formats "when" in event time, 12-hour, with the date off the clock\'s day', () => {
    const at = Date.parse('2015-06-10T14:42:00Z'); // 10:42 AM in Washington
    // Same answer whatever the device zone: it is event time, judged on the app's clock.
    expect(formatWhen(at, at + 3600_000)).toBe('10:42 AM');
    expect(formatWhen(at, at + 2 * 86400_000)).toBe('Jun 10, 10:42 AM');
    expect(formatWhen(at, Date.parse('2026-12-07T12:00:00Z'))).toBe('Jun 10, 2015, 10:42 AM');
    // 17:26 device time in Berlin is 11:26 AM event time, never "17:26".
    expect(formatWhen(Date.parse('2015-06-10T15:26:00Z'), at)).toBe('11:26 AM');
  });
});

describe('eventPhase', () => {
  it('tells before, during and after the event in event time', () => {
    // 03:59Z on June 10 is still 23:59 on June 9 in New York.
    expect(eventPhase(Date.parse('2015-06-10T03:59:00Z'))).toBe('before');
    expect(eventPhase(Date.parse('2015-06-10T04:00:00Z'))).toBe('during');
    expect(eventPhase(Date.parse('2015-06-12T03:59:00Z'))).toBe('during');
    expect(eventPhase(Date.parse('2015-06-12T04:00:00Z'))).toBe('after');
  });
});

describe('daylight-saving edges', () => {
  it('converts around the 2015 changes (Mar 8 spring forward, Nov 1 fall back)', () => {
    expect(new Date(eventLocalToInstant('2015-03-08T01:59')).toISOString()).toBe(
      '2015-03-08T06:59:00.000Z',
    );
    expect(new Date(eventLocalToInstant('2015-03-08T03:00')).toISOString()).toBe(
      '2015-03-08T07:00:00.000Z',
    );
    expect(instantToEventLocal(Date.parse('2015-11-01T06:30:00Z'))).toBe('2015-11-01T01:30');
    expect(instantToEventLocal(Date.parse('2015-11-01T07:30:00Z'))).toBe('2015-11-01T02:30');
  });
});
