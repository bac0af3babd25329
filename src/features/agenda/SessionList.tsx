/**
 * A list of sessions with bookmark toggles backed by the device's bookmarks.
 * Memoized: a day's list is the longest render of the agenda, and it re-renders
 * only when what it shows changes (callers keep its props' identity).
 */
import { memo, type ReactNode } from 'react';
import type { Session } from '../../domain/agenda';
import { toggleBookmark } from '../../db/bookmarks';
import { SessionItem } from '../../components/SessionItem';
import { sessionItemProps } from './sessionView';

export const SessionList = memo(function SessionList({
  sessions,
  bookmarks,
  notes,
  dayLabel,
  tense,
}: {
  sessions: Session[];
  bookmarks: ReadonlySet<string> | undefined;
  notes?: Map<string, ReactNode>;
  dayLabel?: (s: Session) => string | undefined;
  tense?: (s: Session) => 'now' | 'past' | 'later';
}) {
  return (
    <ul className="session-list">
      {sessions.map((s) => (
        <SessionItem
          key={s.id}
          {...sessionItemProps(s)}
          dayLabel={dayLabel?.(s)}
          tense={tense?.(s)}
          // Jump to now lands on the first session under way or to come.
          id={tense && tense(s) !== 'past' ? `at-${s.id}` : undefined}
          bookmarked={bookmarks?.has(s.id) ?? false}
          highlight={bookmarks?.has(s.id) ?? false}
          onToggleBookmark={() => void toggleBookmark(s.id)}
          note={notes?.get(s.id)}
        />
      ))}
    </ul>
  );
});
