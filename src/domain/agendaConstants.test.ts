import { afterEach, describe, expect, it, vi } from 'vitest';
import { sortSessions, warmSessionSort } from './agendaConstants';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('warmSessionSort', () => {
  it('makes the first localeCompare of the page (the one that loads collation data)', () => {
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    warmSessionSort();
    expect(compare).toHaveBeenCalledTimes(1);
  });

  it('sortSessions orders by start, end, then title as localeCompare does', () => {
    const s = (start: string, end: string, title: string) => ({ start, end, title });
    const list = [
      s('2015-06-10T10:00', '2015-06-10T11:00', 'b'),
      s('2015-06-10T09:00', '2015-06-10T10:00', 'Z'),
      s('2015-06-10T10:00', '2015-06-10T11:00', 'A'),
      s('2015-06-10T10:00', '2015-06-10T10:30', 'c'),
    ];
    expect(sortSessions(list).map((x) => x.title)).toEqual(['Z', 'c', 'A', 'b']);
  });
});
