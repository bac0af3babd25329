// The agenda diff: every kind of change, combined versions, ordering and text.
import { describe, expect, it } from 'vitest';
import type { Agenda, Session } from './agenda';
import { newSession } from './agendaEditing';
import {
  describeChange,
  diffAcross,
  diffAgendas,
  formatTimeRange,
  orderChanges,
  summarizeChange,
} from './agendaDiff';

function session(id: string, patch: Partial<Session> = {}): Session {
  return newSession(id, {
    title: `Session ${id}`,
    start: '2015-06-10T10:00',
    end: '2015-06-10T11:15',
    room: 'Breakout room A',
    ...patch,
  });
}

function agenda(version: number, sessions: Session[]): Agenda {
  return {
    version,
    updatedAt: '2015-06-10T12:00:00Z',
    timeZone: 'America/New_York',
    illustrative: false,
    sessions,
  };
}

const base = agenda(1, [
  session('a'),
  session('b', { start: '2015-06-10T13:00', end: '2015-06-10T14:00' }),
]);

function only(from: Agenda, to: Agenda) {
  const d = diffAgendas(from, to);
  expect(d.changes).toHaveLength(1);
  return d.changes[0]!;
}

describe('diffAgendas: each kind of change', () => {
  it('reports no change for identical agendas, even with a new version number', () => {
    expect(diffAgendas(base, { ...base, version: 2 }).changes).toEqual([]);
  });

  it('added', () => {
    const c = only(base, agenda(2, [...base.sessions, session('c', { room: 'Main hall' })]));
    expect(c.kinds).toEqual(['added']);
    expect(describeChange(c)).toEqual([
      'New session: Wednesday, June 10, 10:00–11:15 AM, Main hall',
    ]);
  });

  it('added, in a draft with no room yet: no dangling comma', () => {
    const c = only(base, agenda(2, [...base.sessions, session('c', { room: ' ' })]));
    expect(describeChange(c)).toEqual(['New session: Wednesday, June 10, 10:00–11:15 AM']);
  });

  it('removed', () => {
    const c = only(base, agenda(2, [base.sessions[1]!]));
    expect(c).toMatchObject({ sessionId: 'a', kinds: ['removed'] });
    expect(describeChange(c)[0]).toMatch(/^Removed from the agenda/);
  });

  it('cancelled and un-cancelled', () => {
    const cancelled = agenda(2, [session('a', { cancelled: true }), base.sessions[1]!]);
    expect(only(base, cancelled).kinds).toEqual(['cancelled']);
    const back = only(cancelled, base);
    expect(back.kinds).toEqual(['uncancelled']);
    expect(summarizeChange(back)).toBe('no longer cancelled');
  });

  it('moved (room changed)', () => {
    const c = only(base, agenda(2, [session('a', { room: 'Main hall' }), base.sessions[1]!]));
    expect(c.kinds).toEqual(['moved']);
    expect(describeChange(c)).toEqual(['Moved from Breakout room A to Main hall']);
    expect(summarizeChange(c)).toBe('moved to Main hall');
  });

  it('retimed (start or end changed)', () => {
    const later = session('a', { start: '2015-06-10T10:30', end: '2015-06-10T11:45' });
    const c = only(base, agenda(2, [later, base.sessions[1]!]));
    expect(c.kinds).toEqual(['retimed']);
    expect(describeChange(c)).toEqual(['Now 10:30–11:45 AM (was 10:00–11:15 AM)']);
    const longer = only(
      base,
      agenda(2, [session('a', { end: '2015-06-10T12:30' }), base.sessions[1]!]),
    );
    expect(describeChange(longer)).toEqual(['Now 10:00 AM–12:30 PM (was 10:00–11:15 AM)']);
  });

  it('retimed to another day names both days', () => {
    const moved = session('a', { start: '2015-06-11T09:00', end: '2015-06-11T10:00' });
    const c = only(base, agenda(2, [moved, base.sessions[1]!]));
    expect(describeChange(c)).toEqual([
      'Now Thursday, June 11, 9:00–10:00 AM (was Wednesday, June 10, 10:00–11:15 AM)',
    ]);
  });

  it('renamed', () => {
    const c = only(base, agenda(2, [session('a', { title: 'New title' }), base.sessions[1]!]));
    expect(c.kinds).toEqual(['renamed']);
    expect(describeChange(c)).toEqual(['Renamed (was “Session a”)']);
  });

  it('other details name the fields', () => {
    const edited = session('a', {
      description: 'More text',
      kind: 'plenary',
      speakers: [{ role: 'moderator', description: 'CIP judge' }],
    });
    const c = only(base, agenda(2, [edited, base.sessions[1]!]));
    expect(c.kinds).toEqual(['details']);
    expect(c.detailFields).toEqual(['kind', 'description', 'speakers']);
    expect(describeChange(c)).toEqual([
      'Session kind now Plenary, description updated, speakers updated',
    ]);
  });

  it('several kinds on one session, most disruptive first', () => {
    const c = only(
      base,
      agenda(2, [
        session('a', {
          title: 'Renamed',
          room: 'Main hall',
          cancelled: true,
          end: '2015-06-10T11:30',
        }),
        base.sessions[1]!,
      ]),
    );
    expect(c.kinds).toEqual(['cancelled', 'moved', 'retimed', 'renamed']);
  });

  it('ignores whitespace-only room and title edits', () => {
    const d = diffAgendas(
      base,
      agenda(2, [session('a', { room: ' Breakout room A ' }), base.sessions[1]!]),
    );
    expect(d.changes).toEqual([]);
  });
});

describe('combined across versions', () => {
  it('a session added then removed in between shows nothing', () => {
    const v2 = agenda(2, [...base.sessions, session('c')]);
    const v3 = agenda(3, base.sessions);
    expect(diffAcross([base, v2, v3])!.changes).toEqual([]);
  });

  it('moved twice is one move from the original room to the final one', () => {
    const v2 = agenda(2, [session('a', { room: 'Room 2' }), base.sessions[1]!]);
    const v3 = agenda(3, [session('a', { room: 'Main hall' }), base.sessions[1]!]);
    const d = diffAcross([base, v2, v3])!;
    expect(d).toMatchObject({ fromVersion: 1, toVersion: 3 });
    expect(d.changes.map(describeChange)).toEqual([['Moved from Breakout room A to Main hall']]);
  });

  it('three publishes combine: move, cancel elsewhere, retime', () => {
    const v2 = agenda(2, [session('a', { room: 'Main hall' }), base.sessions[1]!]);
    const v3 = agenda(3, [v2.sessions[0]!, { ...base.sessions[1]!, cancelled: true }]);
    const v4 = agenda(4, [{ ...v3.sessions[0]!, start: '2015-06-10T09:30' }, v3.sessions[1]!]);
    const d = diffAcross([base, v2, v3, v4])!;
    expect(d.changes.map((c) => [c.sessionId, c.kinds])).toEqual([
      ['a', ['moved', 'retimed']],
      ['b', ['cancelled']],
    ]);
  });

  it('a change undone in a later version shows nothing', () => {
    const v2 = agenda(2, [session('a', { cancelled: true }), base.sessions[1]!]);
    expect(diffAcross([base, v2, agenda(3, base.sessions)])!.changes).toEqual([]);
  });

  it('needs at least two versions', () => {
    expect(diffAcross([base])).toBeNull();
  });
});

describe('orderChanges', () => {
  it('puts bookmarked sessions first, then the most disruptive kind, then time', () => {
    const from = agenda(1, [
      session('early', { start: '2015-06-10T08:00', end: '2015-06-10T09:00' }),
      session('late', { start: '2015-06-10T15:00', end: '2015-06-10T16:00' }),
      session('mine', { start: '2015-06-11T15:00', end: '2015-06-11T16:00' }),
    ]);
    const to = agenda(2, [
      { ...from.sessions[0]!, title: 'Renamed' },
      { ...from.sessions[1]!, cancelled: true },
      { ...from.sessions[2]!, description: 'x' },
      session('new', { start: '2015-06-10T07:00', end: '2015-06-10T08:00' }),
    ]);
    const d = diffAgendas(from, to);
    expect(d.changes.map((c) => c.sessionId)).toEqual(['new', 'early', 'late', 'mine']);
    const ordered = orderChanges(d.changes, new Set(['mine']));
    expect(ordered.map((c) => c.sessionId)).toEqual(['mine', 'late', 'new', 'early']);
  });
});

describe('formatTimeRange', () => {
  it('writes noon and midnight-side hours as 12', () => {
    expect(formatTimeRange('2015-06-10T12:00', '2015-06-10T13:05')).toBe('12:00–1:05 PM');
    expect(formatTimeRange('2015-06-10T00:30', '2015-06-10T01:00')).toBe('12:30–1:00 AM');
  });
});
