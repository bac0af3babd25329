/**
 * The banner at the top of the agenda screens listing what organizers
 * changed since the person last looked, bookmarked sessions first, until
 * "Got it". It loads lazily inside ChangeBannerSlot, whose live region
 * announces its arrival to screen-reader users.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { AckButton } from './AckButton';
import { ChangeList } from './ChangeList';
import { useAgendaChanges } from './useAgendaChanges';
import './changes.css';

/** Beyond this many changes the rest sit behind "Show all". */
const FIRST_SHOWN = 5;

export function AgendaChangeBanner() {
  const { changes, bookmarks, agenda, dismiss } = useAgendaChanges();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? changes : changes.slice(0, FIRST_SHOWN);
  const mine = changes.filter((c) => bookmarks.has(c.sessionId)).length;

  return (
    changes.length > 0 && (
      <section className="change-banner" aria-labelledby="change-banner-title">
        <h2 id="change-banner-title">
          The agenda changed{' '}
          <span className="change-count">
            ({changes.length} {changes.length === 1 ? 'session' : 'sessions'}
            {mine > 0 ? `, ${mine} in my schedule` : ''})
          </span>
        </h2>
        <ChangeList
          changes={shown}
          renderTitle={(c, title) => (
            <>
              {c.kinds[0] === 'removed' ? (
                title
              ) : (
                <Link href={`/session/${encodeURIComponent(c.sessionId)}`}>{title}</Link>
              )}
              {bookmarks.has(c.sessionId) && <span className="change-mine">In my schedule</span>}
            </>
          )}
        />
        <div className="change-banner-actions">
          {changes.length > FIRST_SHOWN && (
            <button type="button" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
              {expanded ? 'Show fewer' : `Show all ${changes.length} changes`}
            </button>
          )}
          <AckButton onAck={dismiss} />
          <span className="change-version">Version {agenda.version}</span>
        </div>
      </section>
    )
  );
}
