/**
 * My schedule: the sessions bookmarked on this device, by day and time, with
 * a warning where two of them overlap and an .ics export for a calendar app.
 * Loaded lazily (it carries the calendar writer).
 */
import { Link } from 'wouter';
import { sessionDay, sortSessions } from '../../domain/agendaConstants';
import { eventDays, eventPlace } from '../../domain/event';
import { useEventInfo } from './useEventInfo';
import { formatEventDay, formatEventTime } from '../../domain/clock';
import { buildIcs } from '../../domain/ics';
import { findOverlaps, overlapIndex } from '../../domain/overlap';
import { removeBookmark, useBookmarkIds } from '../../db/bookmarks';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../app/usePageTitle';
import { ChangeBannerSlot } from './changes/ChangeBannerSlot';
import { FreshnessLine } from './FreshnessLine';
import { useEventClock } from './useEventClock';
import { SessionList } from './SessionList';
import { useAgenda } from './useAgenda';
import './agenda.css';
import { saveText } from '../../platform/download';

export const ICS_FILENAME = 'convening-my-schedule.ics';

function download(text: string) {
  saveText(ICS_FILENAME, text, 'text/calendar;charset=utf-8');
}

export default function MySchedule() {
  const current = useAgenda();
  const event = useEventInfo();
  const { agenda } = current;
  const ids = useBookmarkIds();
  const clock = useEventClock();
  usePageTitle('My schedule');
  if (!ids) return <p className="loading">Loading your schedule…</p>;
  const mine = sortSessions(agenda.sessions.filter((s) => ids.has(s.id)));
  const missing = [...ids].filter((id) => !agenda.sessions.some((s) => s.id === id));
  const pairs = findOverlaps(mine);
  const index = overlapIndex(pairs);
  const byId = new Map(mine.map((s) => [s.id, s]));
  const notes = new Map(
    [...index].map(([id, others]) => [
      id,
      <p key={id} className="overlap-note">
        <span className="badge badge-warn">Overlap</span> Clashes with{' '}
        {others.map((o) => byId.get(o)?.title ?? o).join(' and ')}.
      </p>,
    ]),
  );
  return (
    <div className="my-schedule">
      <h1>My schedule</h1>
      <FreshnessLine current={current} clock={clock} />
      <ChangeBannerSlot />
      {mine.length > 0 && (
        <p className="muted">
          Saved on this device only; it works offline. Save more sessions from the{' '}
          <Link href="/">agenda</Link>.
        </p>
      )}
      {pairs.length > 0 && (
        <Notice tone="warn" role="status">
          <p>
            <strong>
              {pairs.length === 1
                ? 'Two of your sessions overlap.'
                : `${pairs.length} pairs of your sessions overlap.`}
            </strong>
          </p>
          <ul>
            {pairs.map(([a, b]) => (
              <li key={`${a.id}+${b.id}`}>
                {a.title} ({formatEventTime(a.start)}–{formatEventTime(a.end)}) and {b.title} (
                {formatEventTime(b.start)}–{formatEventTime(b.end)})
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {missing.length > 0 && (
        <Notice>
          <p>
            {missing.length === 1
              ? 'One saved session is no longer on the agenda.'
              : `${missing.length} saved sessions are no longer on the agenda.`}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void Promise.all(missing.map(removeBookmark))}
            >
              Forget {missing.length === 1 ? 'it' : 'them'}
            </button>
          </p>
        </Notice>
      )}
      {mine.length === 0 ? (
        <p>
          You have not saved any sessions yet. Use the Save button beside a session in the{' '}
          <Link href="/">agenda</Link>; your schedule stays on this device and works offline.
        </p>
      ) : (
        <>
          <p className="export-line">
            <button
              type="button"
              className="primary-button"
              onClick={() =>
                download(
                  buildIcs(mine, {
                    now: Date.now(),
                    illustrative: agenda.illustrative,
                    calendarName: `${event.shortName}: my schedule`,
                    timeZone: event.timeZone,
                  }),
                )
              }
            >
              Export to calendar (.ics)
            </button>{' '}
            <span className="muted small">
              {mine.length === 1 ? 'One session' : `${mine.length} sessions`}, in{' '}
              {eventPlace(event)}
              time.
            </span>
          </p>
          {eventDays(event).map((day) => {
            const list = mine.filter((s) => sessionDay(s) === day);
            if (!list.length) return null;
            return (
              <section key={day} aria-labelledby={`my-${day}`}>
                <h2 id={`my-${day}`} className="day-heading">
                  {formatEventDay(day)}
                </h2>
                <SessionList sessions={list} bookmarks={ids} notes={notes} />
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
