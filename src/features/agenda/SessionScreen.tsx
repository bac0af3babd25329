/**
 * One session in full: when (event time), where, what kind, focus areas,
 * speakers by role, description, related practices from the library, and the
 * bookmark. Loaded lazily with the library content so the agenda list stays small.
 */
import { Link } from 'wouter';
import type { Session } from '../../domain/agenda';
import { SPEAKER_ROLES } from '../../domain/agendaConstants';
import { formatEventDay, formatEventTime } from '../../domain/clock';
import { focusAreaLabel } from '../../domain/focusAreaList';
import { LIBRARY } from '../../content/library';
import { placesMentioned } from '../library/data';
import { toggleBookmark, useBookmarkIds } from '../../db/bookmarks';
import { eventPlace } from '../../domain/event';
import { useEventInfo } from './useEventInfo';
import { Notice } from '../../components/Notice';
import { usePageTitle } from '../../app/usePageTitle';
import { SessionChangeMarker } from './changes/SessionChangeMarker';
import { SessionEvaluation } from '../evaluation/SessionEvaluation';
import { FreshnessLine } from './FreshnessLine';
import { useEventClock } from './useEventClock';
import { isoWithOffset, kindLabel } from './sessionView';
import { useAgenda } from './useAgenda';
import './agenda.css';

const ROLE_HEADINGS: Record<(typeof SPEAKER_ROLES)[number], string> = {
  host: 'Hosts',
  moderator: 'Moderators',
  speaker: 'Speakers',
  panelist: 'Panelists',
  facilitator: 'Facilitators',
};

function Speakers({ speakers }: { speakers: Session['speakers'] }) {
  if (!speakers.length) return null;
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">Speakers and moderators</h2>
      <p className="muted small">Described by role; this app names no individuals.</p>
      <dl className="speaker-list">
        {SPEAKER_ROLES.filter((role) => speakers.some((p) => p.role === role)).map((role) => (
          <div key={role}>
            <dt>{ROLE_HEADINGS[role]}</dt>
            {speakers
              .filter((p) => p.role === role)
              .map((p, i) => (
                <dd key={i}>{p.description}</dd>
              ))}
          </div>
        ))}
      </dl>
    </section>
  );
}

function RelatedPractices({ ids }: { ids: string[] }) {
  if (!ids.length) return null;
  const practices = ids.map((id) => ({ id, practice: LIBRARY.practices.find((p) => p.id === id) }));
  return (
    <section aria-labelledby="practices-heading">
      <h2 id="practices-heading">Related practices</h2>
      <ul className="practice-links">
        {practices.map(({ id, practice }) =>
          practice ? (
            <li key={id}>
              <Link href={`/library/practice/${encodeURIComponent(id)}`}>
                Practice {practice.number}: {practice.title}
              </Link>
            </li>
          ) : (
            <li key={id} className="muted">
              A practice this app does not have ({id})
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function Places({ session }: { session: Session }) {
  const places = placesMentioned(session);
  if (!places.length) return null;
  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading">Places discussed</h2>
      <ul className="practice-links">
        {places.map((j) => (
          <li key={j.id}>
            <Link href={`/library/jurisdiction/${encodeURIComponent(j.id)}`}>
              {j.name}: its examples in the library
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function SessionScreen({ id }: { id: string }) {
  const current = useAgenda();
  const event = useEventInfo();
  const bookmarks = useBookmarkIds();
  const clock = useEventClock();
  const session = current.agenda.sessions.find((s) => s.id === id);
  usePageTitle(session ? session.title : 'Session not found');
  if (!session) {
    return (
      <div className="session-screen">
        <h1>Session not found</h1>
        <p>
          There is no session “{id}” on the agenda this device has. It may have been removed by the
          organizers. <Link href="/">Back to the agenda</Link>
        </p>
      </div>
    );
  }
  const day = session.start.slice(0, 10);
  const saved = bookmarks?.has(session.id) ?? false;
  return (
    <article className="session-screen" aria-labelledby="session-title">
      <p className="back-link">
        <Link href={`/day/${day}`}>← {formatEventDay(day)}</Link>
      </p>
      <h1 id="session-title">
        {session.cancelled && <span className="badge badge-cancelled">Cancelled: </span>}
        {session.title}
      </h1>
      <FreshnessLine current={current} clock={clock} />
      <SessionChangeMarker sessionId={session.id} />
      {session.cancelled && (
        <Notice tone="warn">
          <p>The organizers have cancelled this session.</p>
        </Notice>
      )}
      <dl className="session-facts">
        <div>
          <dt>When</dt>
          <dd>
            {formatEventDay(day)},{' '}
            <time dateTime={isoWithOffset(session.start)}>{formatEventTime(session.start)}</time>
            {' to '}
            <time dateTime={isoWithOffset(session.end)}>{formatEventTime(session.end)}</time>{' '}
            <span className="muted">({eventPlace(event)} time)</span>
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{session.room}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{kindLabel(session.kind)}</dd>
        </div>
        {session.focusAreas.length > 0 && (
          <div>
            <dt>Focus areas</dt>
            <dd>{session.focusAreas.map(focusAreaLabel).join(', ')}</dd>
          </div>
        )}
      </dl>
      <p className="bookmark-line">
        {/* The one verb for keeping a session, as in every list: Save / Saved. */}
        <button
          type="button"
          className={saved ? 'secondary-button' : 'primary-button'}
          aria-pressed={saved}
          onClick={() => void toggleBookmark(session.id)}
        >
          <span aria-hidden="true">{saved ? '★' : '☆'}</span> {saved ? 'Saved' : 'Save'}
        </button>{' '}
        <span role="status">
          {saved && (
            <>
              In <Link href="/my">your schedule</Link>.
            </>
          )}
        </span>
      </p>
      {session.description && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">About this session</h2>
          {session.description.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </section>
      )}
      <Speakers speakers={session.speakers} />
      <RelatedPractices ids={session.practiceIds} />
      <Places session={session} />
      <SessionEvaluation session={session} />
    </article>
  );
}
