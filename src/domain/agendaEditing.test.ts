// Organizer editor helpers: room overlaps and the three-way rebase used after a 412.
import { describe, expect, it } from 'vitest';
import type { Agenda, Session } from './agenda';
import { findRoomOverlaps, newSession, rebaseAgendaEdits, takeTheirs } from './agendaEditing';

function session(id: string, patch: Partial<Session> = {}): Session {
  return newSession(id, {
    title: `Session ${id}`,
    start: '2015-06-10T10:00',
    end: '2015-06-10T11:00',
    room: 'Room A',
    ...patch,
  });
}
const agenda = (version: number, sessions: Session[]): Agenda => ({
  version,
  updatedAt: '2015-06-10T12:00:00Z',
  timeZone: 'America/New_York',
  illustrative: false,
  sessions,
});

describe('findRoomOverlaps', () => {
  it('finds sessions in the same room whose times overlap, ignoring case and spacing', () => {
    const list = [
      session('a'),
      session('b', { start: '2015-06-10T10:30', end: '2015-06-10T11:30', room: ' room  a' }),
      session('c', { start: '2015-06-10T11:00', end: '2015-06-10T12:00' }),
      session('d', { room: 'Room B' }),
    ];
    const found = findRoomOverlaps(list).map((o) => [o.a.id, o.b.id]);
    expect(found).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
  });

  it('back-to-back sessions, other days and cancelled sessions do not overlap', () => {
    const list = [
      session('a'),
      session('b', { start: '2015-06-10T11:00', end: '2015-06-10T12:00' }),
      session('c', { start: '2015-06-11T10:00', end: '2015-06-11T11:00' }),
      session('d', { cancelled: true }),
    ];
    expect(findRoomOverlaps(list)).toEqual([]);
  });
});

describe('rebaseAgendaEdits', () => {
  const base = agenda(1, [session('a'), session('b'), session('c')]);

  it('applies my edits on top of theirs when different fields changed', () => {
    const mine = [session('a', { room: 'Main hall' }), session('b'), session('c')];
    const current = agenda(2, [session('a', { title: 'Their title' }), session('b'), session('c')]);
    const r = rebaseAgendaEdits(base, mine, current);
    expect(r.conflicts).toEqual([]);
    expect(r.sessions[0]!).toMatchObject({ title: 'Their title', room: 'Main hall' });
  });

  it('keeps their additions and removals, and mine', () => {
    const mine = [session('a'), session('c'), session('mine-new')];
    const current = agenda(2, [session('a'), session('b'), session('theirs-new')]);
    const r = rebaseAgendaEdits(base, mine, current);
    expect(r.sessions.map((s) => s.id)).toEqual(['a', 'theirs-new', 'mine-new']);
    expect(r.conflicts).toEqual([]);
  });

  it('reports the same field changed by both, keeping mine, and takeTheirs reverts it', () => {
    const mine = [session('a', { room: 'Main hall' }), session('b'), session('c')];
    const current = agenda(2, [session('a', { room: 'Room Z' }), session('b'), session('c')]);
    const r = rebaseAgendaEdits(base, mine, current);
    expect(r.conflicts).toEqual([
      { sessionId: 'a', title: 'Session a', field: 'room', mine: 'Main hall', theirs: 'Room Z' },
    ]);
    expect(r.sessions[0]!.room).toBe('Main hall');
    expect(takeTheirs(r.sessions, r.conflicts[0]!)[0]!.room).toBe('Room Z');
  });

  it('the same change made by both is not a conflict', () => {
    const mine = [session('a', { cancelled: true }), session('b'), session('c')];
    const current = agenda(2, [session('a', { cancelled: true }), session('b'), session('c')]);
    expect(rebaseAgendaEdits(base, mine, current).conflicts).toEqual([]);
  });

  it('flags my removal of a session they edited, and their removal of one I edited', () => {
    const mine = [session('b', { title: 'Mine' }), session('c')];
    const current = agenda(2, [session('a', { room: 'Moved' }), session('c')]);
    const r = rebaseAgendaEdits(base, mine, current);
    expect(r.conflicts.map((c) => [c.sessionId, c.field])).toEqual([
      ['a', 'session'],
      ['b', 'session'],
    ]);
    expect(r.sessions.map((s) => s.id)).toEqual(['c', 'b']);
    const keepA = takeTheirs(r.sessions, r.conflicts[0]!);
    expect(keepA.map((s) => s.id)).toEqual(['c', 'b', 'a']);
    const dropB = takeTheirs(r.sessions, r.conflicts[1]!);
    expect(dropB.map((s) => s.id)).toEqual(['c']);
  });
});
