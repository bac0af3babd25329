/**
 * Shown when publishing met 412: what the other organizer changed between
 * the version I edited and the one now current, and the way forward
 * (re-apply my edits on top, or drop them).
 */
import { useEffect, useRef } from 'react';
import type { Agenda } from '../../domain/agenda';
import type { SessionChange } from '../../domain/agendaDiff';
import { ChangeList } from '../agenda/changes/ChangeList';

interface Props {
  current: Agenda;
  theirs: SessionChange[];
  onReapply: () => void;
  onDiscard: () => void;
}

export function StalePanel({ current, theirs, onReapply, onDiscard }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The Publish button may be far below (phones): bring the explanation to the organizer.
  useEffect(() => {
    // (Guarded: not every DOM implementation has scrollIntoView.)
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [current.version]);
  return (
    <section className="org-panel org-warn" aria-labelledby="org-stale-title" role="alert">
      <h2 id="org-stale-title" ref={heading} tabIndex={-1}>
        Another organizer published version {current.version}
      </h2>
      <p>Your edits were not published. This is what they changed:</p>
      {theirs.length > 0 ? (
        <ChangeList changes={theirs} />
      ) : (
        <p className="org-muted">No session changes (only the version number).</p>
      )}
      <div className="org-actions">
        <button type="button" className="org-primary" onClick={onReapply}>
          Re-apply my edits on top
        </button>
        <button type="button" onClick={onDiscard}>
          Discard my edits and load their version
        </button>
      </div>
    </section>
  );
}
