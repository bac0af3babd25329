// A tiny agenda for unit and component tests only (never shipped): two days,
// overlapping breakouts, a cancelled session and text that needs escaping.
import type { Agenda, Session } from '../../domain/agenda';

function session(p: Partial<Session> & Pick<Session, 'id' | 'title' | 'start' | 'end'>): Session {
  return {
    room: 'Main Hall',
    kind: 'plenary',
    focusAreas: [],
    speakers: [],
    description: '',
    practiceIds: [],
    cancelled: false,
    ...p,
  };
}

export const FIXTURE_AGENDA: Agenda = {
  version: 1,
  updatedAt: '2015-06-01T14:00:00Z',
  timeZone: 'America/New_York',
  illustrative: true,
  sessions: [
    session({
      id: 'welcome',
      title: 'Welcome and purpose',
      start: '2015-06-10T09:00',
      end: '2015-06-10T10:00',
      speakers: [{ role: 'host', description: 'Federal agency leader' }],
      description: 'Why the hosts convened State teams.',
    }),
    session({
      id: 'prevent',
      title: 'Prevention breakout',
      start: '2015-06-10T10:15',
      end: '2015-06-10T11:30',
      room: 'Room A',
      kind: 'breakout',
      focusAreas: ['prevention'],
      speakers: [
        { role: 'moderator', description: 'State child welfare director' },
        { role: 'panelist', description: 'Survivor leader' },
      ],
      description: 'Risk factors; protective factors, and what works.\nSecond line.',
      practiceIds: ['broad-coalition'],
    }),
    session({
      id: 'identify',
      title: 'Identification breakout',
      start: '2015-06-10T10:15',
      end: '2015-06-10T11:30',
      room: 'Room B',
      kind: 'breakout',
      focusAreas: ['identification'],
      speakers: [{ role: 'facilitator', description: 'CIP judge' }],
      description: 'Screening tools.',
    }),
    session({
      id: 'lunch',
      title: 'Lunch',
      start: '2015-06-10T12:00',
      end: '2015-06-10T13:00',
      room: 'Atrium',
      kind: 'meal',
    }),
    session({
      id: 'courts',
      title: 'Courts, law enforcement and data',
      start: '2015-06-11T09:00',
      end: '2015-06-11T10:30',
      focusAreas: ['services'],
      cancelled: true,
      description: 'Moved to a later date.',
    }),
    session({
      id: 'team-2',
      title: 'State team planning',
      start: '2015-06-11T11:00',
      end: '2015-06-11T12:30',
      room: 'Team rooms',
      kind: 'team-time',
      focusAreas: ['training', 'placement'],
    }),
  ],
};

export function fixtureSession(id: string): Session {
  const s = FIXTURE_AGENDA.sessions.find((x) => x.id === id);
  if (!s) throw new Error(`no fixture session ${id}`);
  return s;
}
