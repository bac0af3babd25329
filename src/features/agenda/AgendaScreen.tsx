/**
 * The agenda: one freshness line, now/next for this person, day tabs,
 * search (filters folded), and the chosen day's sessions as a list under the
 * day's heading; during the event the session under way is marked, those
 * over are dimmed, and "Jump to now" scrolls to it. A search or filter lists
 * the matches of every day.
 */
import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { sessionDay, sortSessions } from '../../domain/agendaConstants';
import { eventDays, eventPlace, zoneAbbreviation } from '../../domain/event';
import { agendaRooms, filterSessions, isFilterActive } from '../../domain/agendaFilter';
import { formatEventDay } from '../../domain/clock';
import { nowNext, sessionTense } from '../../domain/nowNext';
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// Set by "Jump to now" when it has to change day first; read once the day renders.
let jumpPending = false;

function jumpToNow() {
  const target = document.querySelector<HTMLElement>('.day-list [id^="at-"]');
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
}

export function AgendaScreen({ day, clock }: { day: string; clock: EventClock }) {
  const current = useAgenda();
  const event = useEventInfo();
  const days = eventDays(event);
  const { agenda } = current;
  const bookmarks = useBookmarkIds();
  const filter = useAgendaFilter();
  const search = useSearch();
  const [, navigate] = useLocation();
  const active = isFilterActive(filter);
  const all = sortSessions(agenda.sessions);
  const matching = filterSessions(all, filter);
  const dayAll = all.filter((s) => sessionDay(s) === day);
  const dayName = formatEventDay(day);
  usePageTitle(active ? 'Agenda search' : `Agenda, ${dayName}`);
  const r = nowNext(agenda, clock.now);
  const qs = search ? `?${search}` : '';
  const tense = (s: { start: string; end: string }) => sessionTense(s, r.eventLocal);

  useEffect(() => {
    if (jumpPending && r.day === day) {
      jumpPending = false;
      jumpToNow();
    }
  });

  const onJumpToNow = () => {
    if (r.day === day && !active) return jumpToNow();
    jumpPending = true;
    navigate(`/day/${r.day}${clock.pinned ? `?now=${clock.pinned}` : ''}`);
  };

  // A search or filter covers every day: matches listed under each day's heading.
  const sections = active
    ? days
        .map((d) => ({ d, list: matching.filter((s) => sessionDay(s) === d) }))
        .filter((x) => x.list.length > 0)
    : [{ d: day, list: dayAll }];
  return (
    <div className="agenda-screen">
      <div className="agenda-head">
        <h1>Agenda</h1>
        <FreshnessLine current={current} clock={clock} />
      </div>
      <ChangeBannerSlot />
      <NowNextPanel agenda={agenda} clock={clock} bookmarks={bookmarks} onJumpToNow={onJumpToNow} />
      <DayTabs
        days={days.map((date) => ({
          date,
          // "Wed, June 10": short enough for two tabs side by side on a 320 px phone.
          label: formatEventDay(date).replace(/^(\w{3})\w+/, '$1'),
          href: `/day/${date}${qs}`,
        }))}
        current={active ? '' : day}
      />
      <AgendaFilters rooms={agendaRooms(agenda)} />
      <p className="result-line">
        <span className="result-count" role="status" aria-live="polite">
          {active
            ? `${plural(matching.length, 'session')} ${matching.length === 1 ? 'matches' : 'match'} across ${plural(days.length, 'day')}.`
            : `${plural(dayAll.length, 'session')} on ${dayName}.`}
        </span>{' '}
        <span className="zone-note" title={`${eventPlace(event)} time`}>
          Times in {zoneAbbreviation(event.timeZone, Date.parse(`${day}T12:00:00Z`))}.
        </span>
      </p>
      {sections.map(({ d, list }) => (
        <section key={d} aria-labelledby={`day-heading-${d}`} className="day-list">
          <h2 id={`day-heading-${d}`} className="day-heading">
            {formatEventDay(d)}
          </h2>
          <SessionList
            sessions={list}
            bookmarks={bookmarks}
            tense={r.day === d ? tense : undefined}
          />
        </section>
      ))}
      {active && sections.length === 0 && (
        <p className="muted">No sessions match your search and filters.</p>
      )}
    </div>
  );
}
