/** Turns a session into what the list and detail screens print (labels in event time). */
import type { Session } from '../../domain/agenda';
import { SESSION_KINDS } from '../../domain/agendaConstants';
import { eventOffset, formatEventTime } from '../../domain/clock';
import type { SessionItemProps } from '../../components/SessionItem';

export function kindLabel(kind: Session['kind']): string {
  return SESSION_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

/** "2015-06-10T09:00-04:00": the instant, for <time dateTime>. */
export function isoWithOffset(local: string): string {
  return `${local}${eventOffset(local)}`;
}

export function sessionHref(id: string): string {
  return `/session/${encodeURIComponent(id)}`;
}

export function sessionItemProps(
  s: Session,
): Pick<
  SessionItemProps,
  | 'href'
  | 'title'
  | 'startLabel'
  | 'startIso'
  | 'endLabel'
  | 'endIso'
  | 'room'
  | 'kindLabel'
  | 'cancelled'
> {
  return {
    href: sessionHref(s.id),
    title: s.title,
    startLabel: formatEventTime(s.start),
    startIso: isoWithOffset(s.start),
    endLabel: formatEventTime(s.end),
    endIso: isoWithOffset(s.end),
    room: s.room,
    kindLabel: kindLabel(s.kind),
    cancelled: s.cancelled,
  };
}
