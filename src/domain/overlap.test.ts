import { describe, expect, it } from 'vitest';
import { FIXTURE_AGENDA, fixtureSession } from '../features/agenda/testFixture';
import type { Session } from './agenda';
import { findOverlaps, overlapIndex } from './overlap';

const s = (id: string, start: string, end: string, cancelled = false): Session => ({
  ...fixtureSession('welcome'),
  id,
  title: id,
  start,
  end,
  cancelled,
});

describe('findOverlaps', () => {
  it('finds two breakouts at the same time', () => {
    const pairs = findOverlaps([fixtureSession('prevent'), fixtureSession('identify')]);
    expect(pairs.map(([a, b]) => [a.id, b.id])).toEqual([['identify', 'prevent']]);
  });
  it('does not count sessions that only touch end to start', () => {
    expect(
      findOverlaps([
        s('a', '2015-06-10T10:00', '2015-06-10T11:00'),
        s('b', '2015-06-10T11:00', '2015-06-10T12:00'),
      ]),
    ).toEqual([]);
  });
  it('finds partial and nested overlaps, and all pairs among three', () => {
    const pairs = findOverlaps([
      s('long', '2015-06-10T09:00', '2015-06-10T12:00'),
      s('inner', '2015-06-10T10:00', '2015-06-10T10:30'),
      s('late', '2015-06-10T11:30', '2015-06-10T13:00'),
    ]);
    expect(pairs.map(([a, b]) => `${a.id}+${b.id}`)).toEqual(['long+inner', 'long+late']);
    const index = overlapIndex(pairs);
    expect(index.get('long')).toEqual(['inner', 'late']);
    expect(index.get('late')).toEqual(['long']);
  });
  it('ignores cancelled sessions and sessions on other days', () => {
    expect(
      findOverlaps([
        s('a', '2015-06-10T10:00', '2015-06-10T11:00'),
        s('b', '2015-06-10T10:30', '2015-06-10T11:30', true),
        s('c', '2015-06-11T10:00', '2015-06-11T11:00'),
      ]),
    ).toEqual([]);
  });
  it('finds nothing in a whole agenda without parallel sessions on day 2', () => {
    const day2 = FIXTURE_AGENDA.sessions.filter((x) => x.start.startsWith('2015-06-11'));
    expect(findOverlaps(day2)).toEqual([]);
  });
});
