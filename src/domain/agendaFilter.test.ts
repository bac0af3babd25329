import { describe, expect, it } from 'vitest';
import { FIXTURE_AGENDA } from '../features/agenda/testFixture';
import {
  agendaRooms,
  editDistance,
  EMPTY_FILTER,
  filterSessions,
  isFilterActive,
} from './agendaFilter';

const run = (patch: Partial<typeof EMPTY_FILTER>) =>
  filterSessions(FIXTURE_AGENDA.sessions, { ...EMPTY_FILTER, ...patch }).map((s) => s.id);

describe('filterSessions', () => {
  it('keeps everything with no filter', () => {
    expect(run({})).toHaveLength(FIXTURE_AGENDA.sessions.length);
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, query: '  ' })).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, room: 'Atrium' })).toBe(true);
  });
  it('filters by focus area, kind and room, combined', () => {
    expect(run({ focus: 'prevention' })).toEqual(['prevent']);
    expect(run({ kind: 'breakout' })).toEqual(['prevent', 'identify']);
    expect(run({ kind: 'breakout', room: 'Room B' })).toEqual(['identify']);
    expect(run({ kind: 'meal', room: 'Room B' })).toEqual([]);
  });
  it('searches title, description, room, speakers and labels, every word, ignoring case', () => {
    expect(run({ query: 'SCREENING' })).toEqual(['identify']);
    expect(run({ query: 'survivor' })).toEqual(['prevent']);
    expect(run({ query: 'atrium' })).toEqual(['lunch']);
    expect(run({ query: 'breakout judge' })).toEqual(['identify']);
    expect(run({ query: 'planning time' })).toEqual(['team-2']);
    expect(run({ query: 'workforce' })).toEqual(['team-2']);
    expect(run({ query: 'cancelled' })).toEqual(['courts']);
    expect(run({ query: 'nothing-like-this' })).toEqual([]);
  });
  it('forgives a typo in longer words, never in short ones', () => {
    expect(run({ query: 'screenng' })).toEqual(['identify']);
    expect(run({ query: 'survivr' })).toEqual(['prevent']);
    // A misspelt start of a word, as one types.
    expect(run({ query: 'scren' })).toEqual(['identify']);
    // Four letters and fewer: exact only ("roon" is not "room").
    expect(run({ query: 'roon' })).toEqual([]);
    expect(editDistance('plenry', 'plenary')).toBe(1);
  });
  it('ignores accents in the query', () => {
    expect(run({ query: 'prévention' })).toEqual(['prevent']);
  });
});

describe('agendaRooms', () => {
  it('lists each room once, sorted', () => {
    expect(agendaRooms(FIXTURE_AGENDA)).toEqual([
      'Atrium',
      'Main Hall',
      'Room A',
      'Room B',
      'Team rooms',
    ]);
  });
});
