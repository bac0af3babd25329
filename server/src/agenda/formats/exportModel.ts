/**
 * The agenda as the frab family of formats sees it (days, rooms, events with
 * guid, integer id, ISO date with offset, HH:MM start and hh:mm duration),
 * computed once and written out as schedule.json or schedule.xml.
 */
import type { Agenda, Session } from '../../../../src/domain/agenda';
import { sortSessions } from '../../../../src/domain/agendaConstants';
import { focusAreaLabel } from '../../../../src/domain/focusAreaList';
import { eventDays, eventOf, zoneLocalToIso, type EventInfo } from '../../../../src/domain/event';
import { acronymOf, numericId, sessionGuid, uuidFor } from './ids';

export interface ExportPerson {
  id: number;
  name: string;
}

export interface ExportEvent {
  session: Session;
  guid: string;
  id: number;
  date: string;
  start: string;
  duration: string;
  slug: string;
  track: string | null;
  persons: ExportPerson[];
}

export interface ExportDay {
  index: number;
  date: string;
  dayStart: string;
  dayEnd: string;
  rooms: { name: string; events: ExportEvent[] }[];
}

export interface ExportModel {
  event: EventInfo;
  acronym: string;
  version: string;
  days: ExportDay[];
  rooms: { name: string; guid: string }[];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function minutesBetween(start: string, end: string): number {
  return (Date.parse(`${end}:00Z`) - Date.parse(`${start}:00Z`)) / 60_000;
}

export function exportModel(agenda: Agenda): ExportModel {
  const event = eventOf(agenda);
  const acronym = acronymOf(event.shortName);
  const sessions = sortSessions(agenda.sessions);
  const sessionIds = new Set<number>();
  const personIds = new Map<string, number>();
  const takenPersonIds = new Set<number>();
  const roomOrder: string[] = [];
  for (const s of sessions) if (!roomOrder.includes(s.room)) roomOrder.push(s.room);

  const toEvent = (s: Session): ExportEvent => {
    const minutes = minutesBetween(s.start, s.end);
    return {
      session: s,
      guid: sessionGuid(s.id),
      id: numericId(`session:${s.id}`, sessionIds),
      date: zoneLocalToIso(s.start, event.timeZone),
      start: s.start.slice(11, 16),
      duration: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
      slug: `${acronym}-${s.id}`.replace(/-+$/, ''),
      track: s.focusAreas[0] ? focusAreaLabel(s.focusAreas[0]) : null,
      persons: s.speakers.map((p) => {
        let id = personIds.get(p.description);
        if (id === undefined) {
          id = numericId(`person:${p.description}`, takenPersonIds);
          personIds.set(p.description, id);
        }
        return { id, name: p.description };
      }),
    };
  };

  const days = eventDays(event).map((date, i) => {
    const onDay = sessions.filter((s) => s.start.slice(0, 10) === date);
    return {
      index: i + 1,
      date,
      dayStart: zoneLocalToIso(`${date}T00:00`, event.timeZone),
      dayEnd: zoneLocalToIso(`${date}T23:59`, event.timeZone),
      rooms: roomOrder
        .map((name) => ({ name, events: onDay.filter((s) => s.room === name).map(toEvent) }))
        .filter((r) => r.events.length > 0),
    };
  });
  return {
    event,
    acronym,
    version: String(agenda.version),
    days,
    rooms: roomOrder.map((name) => ({ name, guid: uuidFor(`room:${name}`) })),
  };
}
