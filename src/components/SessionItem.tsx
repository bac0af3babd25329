/**
 * One session in a list: a link whose text reads the start time first, then
 * the title, room and kind (how a screen reader announces it), an optional
 * bookmark toggle beside it and an optional note under it (e.g. an overlap).
 * Presentational: everything comes in through props.
 */
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import './components.css';

export interface SessionItemProps {
  href: string;
  title: string;
  /** "9:00 AM" and the machine-readable form for <time>. */
  startLabel: string;
  startIso: string;
  endLabel: string;
  endIso: string;
  room: string;
  kindLabel: string;
  cancelled: boolean;
  /** Shown before the time, e.g. "Thu" in lists spanning both days. */
  dayLabel?: string;
  bookmarked?: boolean;
  onToggleBookmark?: () => void;
  note?: ReactNode;
  /** Marks the item visually (e.g. a saved session) without changing its text. */
  highlight?: boolean;
  /** On the day list during the event: under way ("Now" badge) or over (dimmed). */
  tense?: 'now' | 'past' | 'later';
  id?: string;
}

export function SessionItem(p: SessionItemProps) {
  return (
    <li
      id={p.id}
      className={`session-item${p.cancelled ? ' is-cancelled' : ''}${p.highlight ? ' is-highlight' : ''}${p.tense ? ` is-${p.tense}` : ''}`}
    >
      <div className="session-row">
        <Link href={p.href} className="session-link">
          {/* Explicit spaces: the link's accessible name must read "9:00 AM to 10:00 AM Title Room · Kind". */}
          <span className="session-time">
            {p.tense === 'now' && <span className="badge badge-now">Now</span>}
            {p.tense === 'now' && ' '}
            {p.dayLabel && <span className="session-day">{p.dayLabel} </span>}
            <time dateTime={p.startIso}>{p.startLabel}</time> <span aria-hidden="true">–</span>
            <span className="visually-hidden">to</span>{' '}
            <time dateTime={p.endIso}>{p.endLabel}</time>
          </span>{' '}
          <span className="session-title">
            {p.cancelled && <span className="badge badge-cancelled">Cancelled:</span>}
            {p.cancelled && ' '}
            <span className="session-title-text">{p.title}</span>
          </span>{' '}
          <span className="session-meta">
            {p.room} · {p.kindLabel}
          </span>
        </Link>
        {p.onToggleBookmark && (
          <button
            type="button"
            className="bookmark-toggle"
            aria-pressed={p.bookmarked ?? false}
            onClick={p.onToggleBookmark}
          >
            {/* The name starts with the word shown ("Saved <title>"), so voice
                control finds the button by what it says (WCAG 2.5.3). */}
            <span aria-hidden="true">{p.bookmarked ? '★' : '☆'}</span>{' '}
            <span className="bookmark-word">{p.bookmarked ? 'Saved' : 'Save'}</span>{' '}
            <span className="visually-hidden">{p.title}</span>
          </button>
        )}
      </div>
      {p.note && <div className="session-note">{p.note}</div>}
    </li>
  );
}
