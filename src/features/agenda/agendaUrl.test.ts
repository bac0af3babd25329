import { describe, expect, it } from 'vitest';
import { filterFromSearch, searchWithFilter } from './agendaUrl';

describe('agenda filters in the address', () => {
  it('reads every filter from the query string', () => {
    expect(filterFromSearch('?q=data%20sharing&kind=breakout&room=Room+A&focus=x')).toEqual({
      query: 'data sharing',
      focus: 'x',
      kind: 'breakout',
      room: 'Room A',
    });
    expect(filterFromSearch('')).toEqual({ query: '', focus: '', kind: '', room: '' });
  });

  it('writes a patch, drops emptied values and keeps the pinned clock', () => {
    const s = searchWithFilter('?now=2015-06-10T10:15&kind=meal', { query: 'plenary', kind: '' });
    expect(new URLSearchParams(s).get('now')).toBe('2015-06-10T10:15');
    expect(filterFromSearch(s)).toEqual({ query: 'plenary', focus: '', kind: '', room: '' });
    expect(searchWithFilter('?q=x', { query: '' })).toBe('');
  });
});
