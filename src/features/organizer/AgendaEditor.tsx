/**
 * The organizer's agenda editor: the sessions of the version being edited,
 * a form for the selected one, room-overlap warnings, a preview of exactly
 * what will change, and publishing (with the 412 and 422 answers handled).
 */
import { useMemo } from 'react';
import { sessionDay, sortSessions } from '../../domain/agenda';
import { formatDay, formatTimeRange } from '../../domain/agendaDiff';
import { ChangeList } from '../agenda/changes/ChangeList';
import { SessionForm } from './SessionForm';
import { StalePanel } from './StalePanel';
import { useAgendaEditor } from './useAgendaEditor';

export function AgendaEditor() {
  const ed = useAgendaEditor();
  const { base, draft, preview } = ed;
  const rooms = useMemo(
    () => [...new Set(draft.map((s) => s.room).filter(Boolean))].sort(),
    [draft],
  );
  const days = useMemo(() => {
    const byDay = new Map<string, typeof draft>();
    for (const s of sortSessions(draft))
      byDay.set(sessionDay(s), [...(byDay.get(sessionDay(s)) ?? []), s]);
    return [...byDay.entries()];
  }, [draft]);
  const changedIds = new Set(preview?.changes.map((c) => c.sessionId));

  if (!base) {
    return (
      <section aria-labelledby="org-agenda-title">
        <h1 id="org-agenda-title">Edit the agenda</h1>
        {ed.loadError ? (
          <div className="org-error" role="alert">
            <p>Could not load the agenda to edit. {ed.loadError}</p>
            <button type="button" onClick={() => void ed.load()}>
              Try again
            </button>
          </div>
        ) : (
          <p className="loading">Loading the current agenda…</p>
        )}
      </section>
    );
  }

  const selected = draft.find((s) => s.id === ed.selectedId);

  return (
    <section aria-labelledby="org-agenda-title" className="org-editor">
      <h1 id="org-agenda-title">Edit the agenda</h1>
      <p className="org-muted">
        Editing version {base.version}. Nothing changes for attendees until you publish.
      </p>

      {ed.stale && (
        <StalePanel
          current={ed.stale.current}
          theirs={ed.stale.theirs.changes}
          onReapply={ed.reapply}
          onDiscard={ed.discard}
        />
      )}

      {ed.conflicts.length > 0 && (
        <section className="org-panel org-warn" aria-labelledby="org-conflicts-title">
          <h2 id="org-conflicts-title">Both of you changed the same thing</h2>
          <p>Your version is kept for each of these. Choose theirs where it should win.</p>
          <ul className="org-conflicts">
            {ed.conflicts.map((c) => (
              <li key={`${c.sessionId}-${c.field}`}>
                <strong>{c.title}</strong>:{' '}
                {c.field === 'session'
                  ? c.mine
                    ? 'they removed this session; you edited it (kept).'
                    : 'you removed this session; they edited it (removed).'
                  : `${c.field}: yours “${show(c.mine)}”, theirs “${show(c.theirs)}”.`}{' '}
                <button type="button" onClick={() => ed.useTheirs(c)}>
                  Use theirs
                </button>{' '}
                <button type="button" onClick={() => ed.keepMine(c)}>
                  Keep mine
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {ed.overlaps.length > 0 && (
        <section className="org-panel org-warn" aria-labelledby="org-overlaps-title">
          <h2 id="org-overlaps-title">Overlaps in one room</h2>
          <ul>
            {ed.overlaps.map((o) => (
              <li key={`${o.a.id}-${o.b.id}`}>
                {o.room}: “{o.a.title || 'Untitled'}” ({formatTimeRange(o.a.start, o.a.end)}) and “
                {o.b.title || 'Untitled'}” ({formatTimeRange(o.b.start, o.b.end)}) overlap on{' '}
                {formatDay(o.a.start)}.
              </li>
            ))}
          </ul>
        </section>
      )}

      {ed.generalIssues.length > 0 && (
        <ul className="org-error" role="alert">
          {ed.generalIssues.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}

      <div className="org-editor-grid">
        <div className="org-sessions">
          <div className="org-actions">
            <button type="button" onClick={ed.addSession}>
              Add session
            </button>
            <label className="org-check-line">
              <input
                type="checkbox"
                checked={ed.illustrative}
                onChange={(e) => ed.setIllustrative(e.currentTarget.checked)}
              />
              Label as illustrative
            </label>
          </div>
          {days.map(([day, list]) => (
            <section key={day} aria-label={formatDay(day)}>
              <h2 className="org-day">{formatDay(day)}</h2>
              <ul className="org-session-list">
                {list.map((s) => (
                  <li key={s.id}>
                    {ed.selectedId === s.id && selected ? (
                      <SessionForm
                        session={selected}
                        issues={ed.issues.get(s.id) ?? []}
                        rooms={rooms}
                        onChange={(patch) => ed.updateSession(s.id, patch)}
                        onRemove={() => ed.removeSession(s.id)}
                        onDone={() => ed.select(null)}
                      />
                    ) : (
                      <button
                        type="button"
                        className="org-session-row"
                        onClick={() => ed.select(s.id)}
                        data-session-id={s.id}
                        aria-label={`Edit ${s.title || 'untitled session'}, ${formatDay(s.start)}, ${formatTimeRange(s.start, s.end)}`}
                      >
                        <span className="org-time">{formatTimeRange(s.start, s.end)}</span>
                        <span className="org-title">{s.title || 'Untitled session'}</span>
                        <span className="org-room">{s.room || 'No room'}</span>
                        {s.cancelled && <span className="org-tag">Cancelled</span>}
                        {changedIds.has(s.id) && <span className="org-tag">Edited</span>}
                        {ed.issues.has(s.id) && (
                          <span className="org-tag org-tag-error">Needs fixing</span>
                        )}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>

        <aside className="org-preview" aria-labelledby="org-preview-title">
          <h2 id="org-preview-title">What will change</h2>
          {preview && preview.changes.length > 0 ? (
            <ChangeList changes={preview.changes} className="change-list org-change-list" />
          ) : (
            <p className="org-muted">
              {ed.hasChanges ? 'Only the illustrative label changes.' : 'No changes yet.'}
            </p>
          )}
          <div className="org-actions">
            <button
              type="button"
              className="org-primary"
              disabled={!ed.hasChanges || ed.publishing || !!ed.stale}
              onClick={() => void ed.publish()}
            >
              {ed.publishing ? 'Publishing…' : `Publish version ${base.version + 1}`}
            </button>
            {ed.hasChanges && !ed.stale && (
              <button type="button" onClick={ed.discard}>
                Discard my edits
              </button>
            )}
          </div>
          <p
            className={ed.notice?.tone === 'ok' ? 'org-ok' : 'org-error'}
            role="status"
            aria-live="polite"
          >
            {ed.notice?.text}
          </p>
        </aside>
      </div>
    </section>
  );
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return JSON.stringify(v);
}
