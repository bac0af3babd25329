/**
 * "Import agenda": the organizer chooses a schedule.json, schedule.xml, .ics
 * or CSV file, sees what it would change (the same diff devices show),
 * its warnings or the problems named by row, line or event id, and then
 * publishes it with If-Match on the version the preview was made against.
 * A 412 shows what the other organizer published and offers a new preview.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Agenda } from '../../domain/agenda';
import { diffAgendas, type SessionChange } from '../../domain/agendaDiff';
import { eventOf } from '../../domain/event';
import {
  csvTemplateUrl,
  importAgendaFile,
  type ImportIssue,
  type ImportPreview,
} from '../../sync/agendaImport';
import { fetchAgendaForEditing, publishAgenda } from '../../sync/organizer';
import { ChangeList } from '../agenda/changes/ChangeList';
import './import.css';

type View =
  | { kind: 'idle' }
  | { kind: 'errors'; message: string; errors: ImportIssue[] }
  | { kind: 'preview'; preview: ImportPreview; base: Agenda; changes: SessionChange[] }
  | { kind: 'stale'; current: Agenda; theirs: SessionChange[] }
  | { kind: 'published'; version: number };

const ACCEPT =
  '.json,.xml,.ics,.ical,.csv,application/json,application/xml,text/xml,text/calendar,text/csv';

function dayRange(a: Agenda): string {
  const e = eventOf(a);
  return e.start === e.end ? e.start : `${e.start} to ${e.end}`;
}

export function ImportScreen() {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [view, setView] = useState<View>({ kind: 'idle' });
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // Each new result takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (view.kind !== 'idle') resultHeading.current?.focus();
  }, [view]);

  async function preview(e?: FormEvent) {
    e?.preventDefault();
    if (!file) return;
    setBusy(true);
    setStatus(`Reading ${file.name}…`);
    // Two tries: if someone publishes between the import and loading the base, diff again.
    for (let attempt = 0; attempt < 2; attempt++) {
      const r = await importAgendaFile(file);
      if (!r.ok) {
        setBusy(false);
        setStatus('');
        setView({
          kind: 'errors',
          message: r.message,
          errors: r.kind === 'invalid' ? r.errors : [],
        });
        return;
      }
      const base = await fetchAgendaForEditing();
      if (!base.ok) {
        setBusy(false);
        setStatus('');
        setView({ kind: 'errors', message: base.message, errors: [] });
        return;
      }
      if (base.value.version === r.value.baseVersion || attempt === 1) {
        setBusy(false);
        setStatus('');
        setView({
          kind: 'preview',
          preview: r.value,
          base: base.value,
          changes: diffAgendas(base.value, r.value.draft).changes,
        });
        return;
      }
    }
  }

  async function publish(p: ImportPreview) {
    setBusy(true);
    setStatus('Publishing…');
    const { draft } = p;
    const r = await publishAgenda(
      {
        timeZone: draft.timeZone,
        event: draft.event,
        illustrative: draft.illustrative,
        sessions: draft.sessions,
      },
      p.baseVersion,
    );
    setBusy(false);
    setStatus('');
    if (r.ok) setView({ kind: 'published', version: r.value.version });
    else if (r.kind === 'stale' && view.kind === 'preview')
      setView({
        kind: 'stale',
        current: r.current,
        theirs: diffAgendas(view.base, r.current).changes,
      });
    else if (r.kind === 'invalid')
      setView({
        kind: 'errors',
        message: r.message,
        errors: r.issues.map((i) => ({ where: i.path, message: i.message })),
      });
    else setView({ kind: 'errors', message: r.message, errors: [] });
  }

  return (
    <section aria-labelledby="org-import-title" className="org-import">
      <h1 id="org-import-title">Import agenda</h1>
      <p className="org-muted">
        Read the agenda from pretalx or frab (schedule.json), a schedule.xml, a calendar (.ics) or a
        spreadsheet (.csv). You see what would change before anything is published.
      </p>
      <p>
        <a href={csvTemplateUrl()} download="agenda-template.csv">
          Download the CSV template
        </a>{' '}
        <span className="org-muted">
          (columns: id, title, date, start, end, room, kind, focus_areas, speakers, description,
          cancelled; times in event time).
        </span>
      </p>

      <form className="org-import-form" onSubmit={(e) => void preview(e)}>
        <label htmlFor="org-import-file">Agenda file</label>
        <input
          id="org-import-file"
          type="file"
          accept={ACCEPT}
          aria-describedby="org-import-hint"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setView({ kind: 'idle' });
          }}
        />
        <p id="org-import-hint" className="org-muted">
          schedule.json, schedule.xml, .ics or .csv, up to 5 MiB.
        </p>
        <div className="org-actions">
          <button type="submit" className="org-primary" disabled={!file || busy}>
            Preview
          </button>
        </div>
      </form>
      <p role="status" className="org-import-status">
        {status}
      </p>

      {view.kind === 'errors' && (
        <section className="org-panel org-warn" aria-labelledby="org-import-result">
          <h2 id="org-import-result" ref={resultHeading} tabIndex={-1}>
            Nothing was imported
          </h2>
          <p>{view.message}</p>
          {view.errors.length > 0 && (
            <ul className="org-import-issues">
              {view.errors.map((i, n) => (
                <li key={n}>
                  {i.where && <strong>{i.where}: </strong>}
                  {i.message}
                </li>
              ))}
            </ul>
          )}
          <p className="org-muted">Fix the file and choose it again, then preview.</p>
        </section>
      )}

      {view.kind === 'preview' && (
        <Preview
          view={view}
          busy={busy}
          headingRef={resultHeading}
          onPublish={() => void publish(view.preview)}
          onCancel={() => setView({ kind: 'idle' })}
        />
      )}

      {view.kind === 'stale' && (
        <section className="org-panel org-warn" aria-labelledby="org-import-result">
          <h2 id="org-import-result" ref={resultHeading} tabIndex={-1}>
            Another organizer published version {view.current.version}
          </h2>
          <p>The import was not published. This is what they changed since your preview:</p>
          {view.theirs.length > 0 ? (
            <ChangeList changes={view.theirs} />
          ) : (
            <p className="org-muted">No session changes (only the version number).</p>
          )}
          <div className="org-actions">
            <button type="button" className="org-primary" onClick={() => void preview()}>
              Preview the file again against version {view.current.version}
            </button>
          </div>
        </section>
      )}

      {view.kind === 'published' && (
        <section className="org-panel" aria-labelledby="org-import-result">
          <h2 id="org-import-result" ref={resultHeading} tabIndex={-1}>
            Published version {view.version}
          </h2>
          <p>Devices pick it up the next time they are online and show what changed.</p>
        </section>
      )}
    </section>
  );
}

function Preview({
  view,
  busy,
  headingRef,
  onPublish,
  onCancel,
}: {
  view: Extract<View, { kind: 'preview' }>;
  busy: boolean;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onPublish: () => void;
  onCancel: () => void;
}) {
  const { preview, base, changes } = view;
  const draft = preview.draft;
  const event = eventOf(draft);
  const rooms = new Set(draft.sessions.map((s) => s.room)).size;
  const eventChanged = JSON.stringify(eventOf(base)) !== JSON.stringify(event);
  return (
    <section className="org-panel" aria-labelledby="org-import-result">
      <h2 id="org-import-result" ref={headingRef} tabIndex={-1}>
        Preview: {event.title}
      </h2>
      <dl className="org-import-facts">
        <div>
          <dt>File</dt>
          <dd>{preview.format}</dd>
        </div>
        <div>
          <dt>Sessions</dt>
          <dd>{draft.sessions.length}</dd>
        </div>
        <div>
          <dt>Rooms</dt>
          <dd>{rooms}</dd>
        </div>
        <div>
          <dt>Days</dt>
          <dd>{dayRange(draft)}</dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>{event.timeZone}</dd>
        </div>
      </dl>
      {eventChanged && (
        <p>
          The event changes too: now “{event.title}” ({event.shortName}
          {event.city ? `, ${event.city}` : ''}).
        </p>
      )}
      <h3>
        Changes against version {preview.baseVersion} ({changes.length})
      </h3>
      {changes.length > 0 ? (
        <div className="org-import-changes">
          <ChangeList changes={changes} />
        </div>
      ) : (
        <p className="org-muted">No session changes: the file matches the published agenda.</p>
      )}
      {preview.warnings.length > 0 && (
        <>
          <h3>Warnings ({preview.warnings.length})</h3>
          <ul className="org-import-issues">
            {preview.warnings.map((w, n) => (
              <li key={n}>
                {w.where && <strong>{w.where}: </strong>}
                {w.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="org-actions">
        <button
          type="button"
          className="org-primary"
          onClick={onPublish}
          disabled={busy || (changes.length === 0 && !eventChanged)}
        >
          Publish as version {preview.baseVersion + 1}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
