import { describe, expect, it } from 'vitest';
import { FIXTURE_AGENDA } from '../features/agenda/testFixture';
import { defaultAgendaDay, mineFirst, nowNext, sessionTense } from './nowNext';

const ids = (list: { id: string }[]) => list.map((s) => s.id);

/** The same instant as a device in another zone would construct it from its own wall clock. */
function fromDeviceWallClock(isoWithOffset: string): number {
  return Date.parse(isoWithOffset);
}

describe('nowNext', () => {
  it('finds the sessions in progress and the next ones at 10:15 EDT (14:15Z)', () => {
    const r = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-10T14:15:00Z'));
    expect(r.phase).toBe('during');
    expect(r.eventLocal).toBe('2015-06-10T10:15');
    expect(r.day).toBe('2015-06-10');
    expect(ids(r.now)).toEqual(['identify', 'prevent']);
    expect(ids(r.next)).toEqual(['lunch']);
  });

  it('gives the same event-time answer for a device in Tokyo or Kiritimati', () => {
    const ny = nowNext(FIXTURE_AGENDA, fromDeviceWallClock('2015-06-10T10:15:00-04:00'));
    const tokyo = nowNext(FIXTURE_AGENDA, fromDeviceWallClock('2015-06-10T23:15:00+09:00'));
    const kiritimati = nowNext(FIXTURE_AGENDA, fromDeviceWallClock('2015-06-11T04:15:00+14:00'));
    for (const r of [tokyo, kiritimati]) {
      expect(r.eventLocal).toBe(ny.eventLocal);
      expect(ids(r.now)).toEqual(ids(ny.now));
      expect(ids(r.next)).toEqual(ids(ny.next));
    }
    // A Kiritimati device already reads June 11; the event is still on June 10.
    expect(kiritimati.day).toBe('2015-06-10');
  });

  it('treats the end minute as over and the start minute as begun', () => {
    const atEnd = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-10T14:00:00Z')); // 10:00
    expect(ids(atEnd.now)).toEqual([]);
    expect(ids(atEnd.next)).toEqual(['identify', 'prevent']);
    const atStart = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-10T13:00:00Z')); // 9:00
    expect(ids(atStart.now)).toEqual(['welcome']);
  });

  it('leaves cancelled sessions out of now and next', () => {
    const r = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-11T12:30:00Z')); // Thu 8:30
    expect(ids(r.next)).toEqual(['team-2']);
    const during = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-11T13:30:00Z')); // Thu 9:30
    expect(ids(during.now)).toEqual([]);
  });

  it('looks across the night to the next day', () => {
    const r = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-11T01:00:00Z')); // Wed 9:00 PM
    expect(r.phase).toBe('during');
    expect(r.day).toBe('2015-06-10');
    expect(ids(r.now)).toEqual([]);
    expect(ids(r.next)).toEqual(['team-2']);
  });

  it('reports before and after the event at the day boundaries in event time', () => {
    const before = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-10T03:59:00Z')); // Jun 9 23:59
    expect(before.phase).toBe('before');
    expect(before.day).toBeNull();
    expect(ids(before.next)).toEqual(['welcome']);
    const after = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-12T04:00:00Z')); // Jun 12 00:00
    expect(after.phase).toBe('after');
    expect(after.now).toEqual([]);
    expect(after.next).toEqual([]);
  });
});

describe('defaultAgendaDay', () => {
  it('opens on the event day matching the clock, else day 1', () => {
    expect(defaultAgendaDay(Date.parse('2015-06-11T15:00:00Z'))).toBe('2015-06-11');
    expect(defaultAgendaDay(Date.parse('2015-06-10T15:00:00Z'))).toBe('2015-06-10');
    expect(defaultAgendaDay(Date.parse('2026-01-01T15:00:00Z'))).toBe('2015-06-10');
    // 01:00Z on June 12 is still Thursday evening in New York.
    expect(defaultAgendaDay(Date.parse('2015-06-12T01:00:00Z'))).toBe('2015-06-11');
  });
});

describe('mineFirst and sessionTense', () => {
  it('puts the bookmarked one of parallel sessions first and keeps the rest in order', () => {
    const r = nowNext(FIXTURE_AGENDA, Date.parse('2015-06-10T14:15:00Z'));
    const { mine, others } = mineFirst(r.now, new Set(['prevent']));
    expect(ids(mine)).toEqual(['prevent']);
    expect(ids(others)).toEqual(['identify']);
    expect(mineFirst(r.now, undefined).mine).toEqual([]);
  });

  it('says past at the end minute, now from the start minute, later before', () => {
    const s = { start: '2015-06-10T10:00', end: '2015-06-10T11:00' };
    expect(sessionTense(s, '2015-06-10T09:59')).toBe('later');
    expect(sessionTense(s, '2015-06-10T10:00')).toBe('now');
    expect(sessionTense(s, '2015-06-10T10:59')).toBe('now');
    expect(sessionTense(s, '2015-06-10T11:00')).toBe('past');
  });
});
