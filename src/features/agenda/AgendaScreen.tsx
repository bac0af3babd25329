/**
 * The agenda: one freshness line, now/next for this person, day tabs,
 * search (filters folded), and the chosen day's sessions as a list under the
 * day's heading; during the event the session under way is marked, those
 * over are dimmed, and "Jump to now" scrolls to it. A search or filter lists
 * the matches of every day.
 */
import { useCallback, useEffect, useMemo } from 'react';
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
import { AgendaFilters } from './AgendaFilters';
import { filterFromSearch } from './agendaUrl';
import { FreshnessLine } from './FreshnessLine';
import { NowNextPanel } from './NowNextPanel';
import { SessionList } from './SessionList';
import { useAgenda } from './useAgenda';
import { useEventInfo } from './useEventInfo';
import type { EventClock } from './useEventClock';
import './agenda.css';

// The list's "no bookmarks": one object whether they are still loading or none.
const NO_BOOKMARKS: ReadonlySet<string> = new Set();

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
  const days = useMemo(() => eventDays(event), [event]);
  const { agenda } = current;
  const bookmarks = useBookmarkIds();
  const search = useSearch();
  const [, navigate] = useLocation();
  // The session lists below are memoized (SessionList): what they get stays
  // the same object until the agenda, the day, the search, the bookmarks or
  // the minute changes, so a re-render of the screen for anything else (the
  // freshness line's "checked") leaves the sessions alone.
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const active = isFilterActive(filter);
  const all = useMemo(() => sortSessions(agenda.sessions), [agenda]);
  const matching = useMemo(() => filterSessions(all, filter), [all, filter]);
  const dayAll = useMemo(() => all.filter((s) => sessionDay(s) === day), [all, day]);
  const listBookmarks = bookmarks && bookmarks.size > 0 ? bookmarks : NO_BOOKMARKS;
  const dayName = formatEventDay(day);
  usePageTitle(active ? 'Agenda search' : `Agenda, ${dayName}`);
  const r = nowNext(agenda, clock.now);
  const qs = search ? `?${search}` : '';
  const tense = useCallback(
    (s: { start: string; end: string }) => sessionTense(s, r.eventLocal),
    [r.eventLocal],
  );

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
  const sections = useMemo(
    () =>
      active
        ? days
            .map((d) => ({ d, list: matching.filter((s) => sessionDay(s) === d) }))
            .filter((x) => x.list.length > 0)
        : [{ d: day, list: dayAll }],
    [active, days, matching, day, dayAll],
  );
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
            bookmarks={listBookmarks}
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
