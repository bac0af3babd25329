/**
 * "Now / next" at the top of the agenda during the event days, judged on the
 * event's clock; a calm line before or after the event; and the pinned-clock
 * control ("Clock pinned to Wed 10:15 AM — use real time").
 */
import { Link, useLocation } from 'wouter';
import type { Agenda } from '../../domain/agenda';
import { formatEventShort, formatEventTime } from '../../domain/clock';
import { nowNext } from '../../domain/nowNext';
import { Notice } from '../../components/Notice';
import { SessionItem } from '../../components/SessionItem';
import { sessionItemProps } from './sessionView';
import type { EventClock } from './useEventClock';
import { eventPlace, formatEventDates } from '../../domain/event';
import { useEventInfo } from './useEventInfo';

export function NowNextPanel({ agenda, clock }: { agenda: Agenda; clock: EventClock }) {
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
              Now <span className="now-clock">· {formatEventShort(r.eventLocal)} event time</span>
            </h3>
            {r.now.length ? (
              <ul className="session-list">
                {r.now.map((s) => (
                  <SessionItem key={s.id} {...sessionItemProps(s)} />
                ))}
              </ul>
            ) : (
              <p className="muted">Nothing in session right now.</p>
            )}
          </div>
          <div>
            <h3>
              Next
              {nextStart && (
                <>
                  {' '}
                  <span className="now-clock">
                    · {nextStart.slice(0, 10) === r.day ? '' : 'tomorrow '}
                    {formatEventTime(nextStart)}
                  </span>
                </>
              )}
            </h3>
            {r.next.length ? (
              <ul className="session-list">
                {r.next.map((s) => (
                  <SessionItem key={s.id} {...sessionItemProps(s)} />
                ))}
              </ul>
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
          <span>Clock pinned to {formatEventShort(clock.pinned)} (event time).</span>{' '}
          <button type="button" className="link-button" onClick={clock.clearPin}>
            Use real time
          </button>
        </p>
      )}
    </section>
  );
}
