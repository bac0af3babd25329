/**
 * "Now / next" at the top of the agenda during the event days, judged on the
 * event's clock, for this person: a session from My schedule comes first
 * with its room, and the parallel ones fold under "N other sessions". A calm
 * line before or after the event; the pinned-clock control.
 */
import { Link, useLocation } from 'wouter';
import type { Agenda, Session } from '../../domain/agenda';
import { formatEventShort, formatEventTime } from '../../domain/clock';
import { mineFirst, nowNext } from '../../domain/nowNext';
import { Notice } from '../../components/Notice';
import { sessionHref } from './sessionView';
import type { EventClock } from './useEventClock';
import { eventPlace, formatEventDates } from '../../domain/event';
import { useEventInfo } from './useEventInfo';

function Brief({ s, mine, until }: { s: Session; mine: boolean; until: boolean }) {
  return (
    <li className={`nn-item${mine ? ' is-mine' : ''}`}>
      <Link href={sessionHref(s.id)} className="nn-title">
        {s.title}
      </Link>{' '}
      <span className="nn-meta">
        {s.room} · {until ? `until ${formatEventTime(s.end)}` : formatEventTime(s.start)}
        {/* The one verb for a session kept: Saved (as on its button). */}
        {mine && (
          <span className="nn-mine">
            {' '}
            · <span aria-hidden="true">★</span> Saved
            <span className="visually-hidden"> in my schedule</span>
          </span>
        )}
      </span>
    </li>
  );
}

function Slot({
  label,
  sessions,
  bookmarks,
  until,
}: {
  label: string;
  sessions: Session[];
  bookmarks: ReadonlySet<string> | undefined;
  until: boolean;
}) {
  const { mine, others } = mineFirst(sessions, bookmarks);
  const brief = (s: Session) => <Brief key={s.id} s={s} mine={mine.includes(s)} until={until} />;
  // With one of mine, the parallel sessions are one tap away instead of
  // pushing the day's list off the first screen.
  return mine.length > 0 && others.length > 0 ? (
    <>
      <ul className="nn-list">{mine.map(brief)}</ul>
      <details className="nn-others">
        <summary>
          {others.length} other {others.length === 1 ? 'session' : 'sessions'} {label}
        </summary>
        <ul className="nn-list">{others.map(brief)}</ul>
      </details>
    </>
  ) : (
    <ul className="nn-list">{sessions.map(brief)}</ul>
  );
}

export function NowNextPanel({
  agenda,
  clock,
  bookmarks,
  onJumpToNow,
}: {
  agenda: Agenda;
  clock: EventClock;
  bookmarks: ReadonlySet<string> | undefined;
  onJumpToNow: () => void;
}) {
  const event = useEventInfo();
  // A demo moment on the first day ("2015-06-10T10:15" for the convening).
  const DEMO_PIN = `${event.start}T10:15`;
  const [location] = useLocation();
  const r = nowNext(agenda, clock.now);
  const nextStart = r.next[0]?.start;
  return (
    <section className="now-next" aria-labelledby="now-next-heading">
      <h2 id="now-next-heading" className="visually-hidden">
        Now and next
      </h2>
      {clock.rejected && (
        <Notice tone="warn" role="status">
          The clock pin “{clock.rejected.value}” was ignored: {clock.rejected.reason}
        </Notice>
      )}
      {r.phase === 'during' ? (
        <div className="now-next-grid">
          <div>
            <h3>
              Now <span className="now-clock">· {formatEventShort(r.eventLocal)}</span>{' '}
              <button type="button" className="link-button jump-now" onClick={onJumpToNow}>
                Jump to now
              </button>
            </h3>
            {r.now.length ? (
              <Slot label="now" sessions={r.now} bookmarks={bookmarks} until />
            ) : (
              <p className="muted">Nothing in session right now.</p>
            )}
          </div>
          <div>
            <h3>
              Next
              {nextStart && ' '}
              {nextStart && (
                <span className="now-clock">
                  · {nextStart.slice(0, 10) === r.day ? '' : 'tomorrow '}
                  {formatEventTime(nextStart)}
                </span>
              )}
            </h3>
            {r.next.length ? (
              <Slot label="next" sessions={r.next} bookmarks={bookmarks} until={false} />
            ) : (
              <p className="muted">Nothing more on the agenda. Thank you for coming.</p>
            )}
          </div>
        </div>
      ) : (
        <p className="calm-line">
          {`The convening ${r.phase === 'before' ? 'runs' : 'ran'} in ${eventPlace(event)}, ${formatEventDates(event)}.`}{' '}
          {!clock.pinned && (
            <Link href={`${location}?now=${DEMO_PIN}`}>
              Preview now and next at {formatEventShort(DEMO_PIN)} (event time)
            </Link>
          )}
        </p>
      )}
      {clock.pinned && (
        <p className="pin-line">
          <span>Clock pinned to {formatEventShort(clock.pinned)}.</span>{' '}
          <button type="button" className="link-button" onClick={clock.clearPin}>
            Use real time
          </button>
        </p>
      )}
    </section>
  );
}
