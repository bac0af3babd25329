/**
 * The agenda: freshness line, now/next, day tabs, search and filters, and
 * the chosen day's sessions as a list under the day's heading.
 */
import { Link } from 'wouter';
import { sessionDay, sortSessions } from '../../domain/agendaConstants';
import { eventDays, eventPlace, zoneAbbreviation } from '../../domain/event';
import { agendaRooms, filterSessions, isFilterActive } from '../../domain/agendaFilter';
import { formatEventDay } from '../../domain/clock';
import { useBookmarkIds } from '../../db/bookmarks';
import { DayTabs } from '../../components/DayTabs';
import { usePageTitle } from '../../app/usePageTitle';
import { ChangeBannerSlot } from './changes/ChangeBannerSlot';
import { AgendaFilters, useAgendaFilter } from './AgendaFilters';
import { FreshnessLine } from './FreshnessLine';
import { NowNextPanel } from './NowNextPanel';
import { SessionList } from './SessionList';
import { useAgenda } from './useAgenda';
import { useEventInfo } from './useEventInfo';
import type { EventClock } from './useEventClock';
import './agenda.css';

function dayTabs(days: string[]) {
  return days.map((date) => ({
    date,
    // "Wed, June 10": short enough for two tabs side by side on a 320 px phone.
    label: formatEventDay(date).replace(/^(\w{3})\w+/, '$1'),
    href: `/day/${date}`,
  }));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function AgendaScreen({ day, clock }: { day: string; clock: EventClock }) {
  const current = useAgenda();
  const event = useEventInfo();
  const days = eventDays(event);
  const { agenda } = current;
  const bookmarks = useBookmarkIds();
  const filter = useAgendaFilter();
  const active = isFilterActive(filter);
  const all = sortSessions(agenda.sessions);
  const matching = filterSessions(all, filter);
  const dayAll = all.filter((s) => sessionDay(s) === day);
  const shown = matching.filter((s) => sessionDay(s) === day);
  const elsewhere = days
    .filter((d) => d !== day)
    .map((d) => ({
      date: d,
      count: matching.filter((s) => sessionDay(s) === d).length,
    }));
  const dayName = formatEventDay(day);
  usePageTitle(`Agenda, ${dayName}`);
  return (
    <div className="agenda-screen">
      <div className="agenda-head">
        <h1>Agenda</h1>
        <FreshnessLine current={current} />
      </div>
      <ChangeBannerSlot />
      <NowNextPanel agenda={agenda} clock={clock} />
      <DayTabs days={dayTabs(days)} current={day} />
      <AgendaFilters rooms={agendaRooms(agenda)} />
      <p className="result-count" role="status" aria-live="polite">
        {active
          ? `${shown.length} of ${plural(dayAll.length, 'session')} on ${dayName} match.`
          : `${plural(dayAll.length, 'session')} on ${dayName}.`}
      </p>
      {active &&
        elsewhere
          .filter((e) => e.count > 0)
          .map((e) => (
            <p key={e.date} className="elsewhere">
              <Link href={`/day/${e.date}`}>
                {e.count} more {e.count === 1 ? 'match' : 'matches'} on {formatEventDay(e.date)}
              </Link>
            </p>
          ))}
      <section aria-labelledby="day-heading">
        <h2 id="day-heading" className="day-heading">
          {dayName}
        </h2>
        <p className="muted small zone-note">
          Times are {eventPlace(event)} time (
          {zoneAbbreviation(event.timeZone, Date.parse(`${day}T12:00:00Z`))}).
        </p>
        {shown.length ? (
          <SessionList sessions={shown} bookmarks={bookmarks} />
        ) : (
          <p className="muted">No sessions on this day match your search and filters.</p>
        )}
      </section>
    </div>
  );
}
