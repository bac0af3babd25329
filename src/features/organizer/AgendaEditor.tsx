/**
 * The organizer's agenda editor: the sessions of the version being edited,
 * a form for the selected one, room-overlap warnings, a preview of exactly
 * what will change, and publishing (with the 412 and 422 answers handled).
 * Focus follows the app's rule (app/focus/moveFocus.ts): opening a row goes
 * to its form, "Done editing" back to the row, a removed session to the one
 * that took its place, a refused publish to the first field to fix.
 */
import { useMemo } from 'react';
import { keepPlace, placeAfterRemoval } from '../../app/focus/moveFocus';
import { ErrorSummary } from './ErrorSummary';
import { sessionDay, sortSessions } from '../../domain/agenda';
import { formatDay, formatTimeRange } from '../../domain/agendaDiff';
import { ChangeList } from '../agenda/changes/ChangeList';
import { SessionForm } from './SessionForm';
import { StalePanel } from './StalePanel';
import { useAgendaEditor } from './useAgendaEditor';

/** A field of the open session form (SessionForm marks them with data-field). */
function fieldOf(sessionId: string, field: string) {
  return () =>
    document.querySelector(
      `form[data-session-id="${CSS.escape(sessionId)}"] [data-field="${CSS.escape(field)}"]`,
    ) ??
    document.querySelector(`form[data-session-id="${CSS.escape(sessionId)}"] [data-field="title"]`);
}

function rowOf(sessionId: string) {
  return () => document.querySelector(`button[data-session-id="${CSS.escape(sessionId)}"]`);
}

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
  const open = (sessionId: string, field = 'title') => {
    keepPlace([fieldOf(sessionId, field)], { always: true });
    ed.select(sessionId);
  };
  const publish = async () => {
    const outcome = await ed.publish();
    // Refused: what to fix comes first, wherever focus was. Published: the
    // button is disabled now, so focus goes to the preview's heading.
    const refused = outcome.kind === 'invalid' || outcome.kind === 'stale';
    keepPlace(
      [
        outcome.kind === 'invalid' && outcome.first
          ? fieldOf(outcome.first.sessionId, outcome.first.field)
          : null,
        outcome.kind === 'invalid' ? 'org-errors-title' : null,
        outcome.kind === 'stale' ? 'org-stale-title' : null,
        'org-preview-title',
      ],
      { always: refused },
    );
  };

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

      <ErrorSummary issues={ed.issues} general={ed.generalIssues} sessions={draft} onOpen={open} />

      <div className="org-editor-grid">
        <div className="org-sessions">
          <div className="org-actions">
            <button
              type="button"
              onClick={() => {
                // The new session's form opens; its title is the first thing to fill in.
                keepPlace(
                  [() => document.querySelector('form.org-session-form [data-field="title"]')],
                  {
                    always: true,
                  },
                );
                ed.addSession();
              }}
            >
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
            <section key={day} aria-labelledby={`org-day-${day}`}>
              <h2 className="org-day" id={`org-day-${day}`}>
                {formatDay(day)}
              </h2>
              <ul className="org-session-list" data-focus-heading={`org-day-${day}`}>
                {list.map((s) => (
                  <li key={s.id} data-focus-item>
                    {ed.selectedId === s.id && selected ? (
                      <SessionForm
                        session={selected}
                        issues={ed.issues.get(s.id) ?? []}
                        rooms={rooms}
                        onChange={(patch) => ed.updateSession(s.id, patch)}
                        onRemove={() => {
                          keepPlace(
                            placeAfterRemoval(
                              document.querySelector(`form[data-session-id="${CSS.escape(s.id)}"]`),
                            ),
                          );
                          ed.removeSession(s.id);
                        }}
                        onDone={() => {
                          keepPlace([rowOf(s.id)], { always: true });
                          ed.select(null);
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        className="org-session-row"
                        onClick={() => open(s.id)}
                        data-session-id={s.id}
                      >
                        {/* The name is what the row shows (time, title, room), then its day. */}
                        <span className="org-time">{formatTimeRange(s.start, s.end)}</span>{' '}
                        <span className="org-title">{s.title || 'Untitled session'}</span>{' '}
                        <span className="org-room">{s.room || 'No room'}</span>{' '}
                        {s.cancelled && <span className="org-tag">Cancelled</span>}{' '}
                        {changedIds.has(s.id) && <span className="org-tag">Edited</span>}{' '}
                        {ed.issues.has(s.id) && (
                          <span className="org-tag org-tag-error">Needs fixing</span>
                        )}
                        <span className="visually-hidden">({formatDay(s.start)})</span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>

        {/* A region, not an aside: publishing is the page's main business, and a
            complementary landmark may not sit inside main. */}
        <section className="org-preview" aria-labelledby="org-preview-title">
          <h2 id="org-preview-title" tabIndex={-1}>
            What will change
          </h2>
          {preview && preview.changes.length > 0 ? (
            <ChangeList changes={preview.changes} className="change-list org-change-list" />
          ) : (
            <p className="org-muted">
              {ed.hasChanges ? 'Only the illustrative label changes.' : 'No changes yet.'}
            </p>
          )}
        </section>
      </div>

      {/* Publishing stays in reach on a long agenda: a bar stuck to the bottom
          of the screen (html gets scroll padding for it, so it never hides the
          focused control), with a way to the preview above. */}
      <div className="org-publish-bar" data-sticky-bar>
        <div className="org-actions">
          <button
            type="button"
            className="org-primary"
            disabled={!ed.hasChanges || ed.publishing || !!ed.stale}
            onClick={() => void publish()}
          >
            {ed.publishing ? 'Publishing…' : `Publish version ${base.version + 1}`}
          </button>
          {ed.hasChanges && !ed.stale && (
            <button type="button" onClick={ed.discard}>
              Discard my edits
            </button>
          )}
          <button type="button" className="org-link-button org-to-preview" onClick={toPreview}>
            See what will change ({preview?.changes.length ?? 0})
          </button>
        </div>
        <p
          className={ed.notice?.tone === 'ok' ? 'org-ok' : 'org-error'}
          role="status"
          aria-live="polite"
        >
          {ed.notice?.text}
        </p>
      </div>
    </section>
  );
}

/** The preview may be far above or below: bring its heading into view and focus it. */
function toPreview() {
  const h = document.getElementById('org-preview-title');
  h?.focus({ preventScroll: true });
  h?.scrollIntoView?.({ block: 'start' });
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return JSON.stringify(v);
}
