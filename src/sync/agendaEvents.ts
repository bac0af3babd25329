/**
 * Live agenda announcements for every device, joined to a team or not: the
 * shared event stream (events.ts) calls refreshAgenda() on each `agenda`
 * event, which stores the new version and so brings up the change banner.
 */
import { ensureLiveEvents } from './events';

export function startAgendaEvents(): void {
  ensureLiveEvents();
}
