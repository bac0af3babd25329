/**
 * A list of session changes in words ("Moved from Breakout room A to Main
 * hall"), shared by the attendee banner and the organizer's publish preview.
 * Titles and rooms are organizer-typed text: rendered as text, never markup.
 */
import type { ReactNode } from 'react';
import './changes.css';
import { changeTitle, describeChange, type SessionChange } from '../../../domain/agendaDiff';

interface Props {
  changes: SessionChange[];
  /** Extra content after a change's title (e.g. a "bookmarked" tag or a link). */
  renderTitle?: (c: SessionChange, title: string) => ReactNode;
  className?: string;
}

export function ChangeList({ changes, renderTitle, className }: Props) {
  return (
    <ul className={className ?? 'change-list'}>
      {changes.map((c) => {
        const title = changeTitle(c) || 'Untitled session';
        return (
          <li key={c.sessionId} data-kinds={c.kinds.join(' ')}>
            <span className="change-title">{renderTitle ? renderTitle(c, title) : title}</span>
            <ul className="change-lines">
              {describeChange(c).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
