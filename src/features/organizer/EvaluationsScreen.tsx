/**
 * Evaluations for organizers: per session the number of ratings, the mean,
 * how many gave each rating and the comments, in an order the organizer
 * picks; the convening's overall evaluation; a CSV of every evaluation.
 * Anonymous: nothing here says who rated.
 */
import { useId, useState } from 'react';
import { useOrganizerData } from './useOrganizerData';
import { useCsvDownload } from './useCsvDownload';
import { formatEventShort } from '../../domain/clock';
import { downloadEvaluationsCsv, listEvaluations } from '../../sync/organizer';
import {
  EVALUATION_SORTS,
  sortEvaluationSummaries,
  type EvaluationSortKey,
} from './evaluationSort';

const spread = (d: number[]) => d.map((n, i) => `${i + 1}: ${n}`).join(', ');
const mean = (m: number | null) => (m === null ? '–' : m.toFixed(2));

export function EvaluationsScreen() {
  const { value: data, error, setError } = useOrganizerData(listEvaluations);
  const [sort, setSort] = useState<EvaluationSortKey>('time');
  const sortId = useId();

  const { status, download } = useCsvDownload(downloadEvaluationsCsv, setError);

  // Sessions nobody rated (breaks, meals, sessions still to come) are counted, not listed.
  const rows = data
    ? sortEvaluationSummaries(
        data.sessions.filter((r) => r.count > 0),
        sort,
      )
    : [];
  const unrated = data ? data.sessions.filter((r) => r.count === 0).length : 0;
  const total = rows.reduce((n, r) => n + r.count, 0);
  return (
    <section aria-labelledby="org-eval-title">
      <h1 id="org-eval-title">Evaluations</h1>
      <div className="org-actions">
        <button type="button" className="org-primary" onClick={() => void download()}>
          Download CSV
        </button>
        {status && <span role="status">{status}</span>}
      </div>
      {error && (
        <p className="org-error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p className="loading">Loading evaluations…</p>}
      {data && (
        <>
          <h2>The convening overall</h2>
          {data.overall.count === 0 ? (
            <p className="org-muted">No overall evaluation yet.</p>
          ) : (
            <>
              <p>{data.overall.count} overall evaluations.</p>
              <ul>
                {data.overall.questions.map((q) => (
                  <li key={q.key}>
                    {q.label} Mean {mean(q.mean)} ({spread(q.distribution)})
                  </li>
                ))}
              </ul>
              {data.overall.comments.length > 0 && (
                <ul className="org-comments" aria-label="Comments on the convening">
                  {data.overall.comments.map((c, i) => (
                    <li key={i} className="org-pre">
                      {c}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <h2>Sessions</h2>
          <p>
            {total === 1 ? '1 session rating' : `${total} session ratings`} for {rows.length}{' '}
            {rows.length === 1 ? 'session' : 'sessions'}
            {unrated > 0 && `; none yet for ${unrated} ${unrated === 1 ? 'session' : 'sessions'}`}.
          </p>
          {rows.length > 1 && (
            <p className="org-sort">
              <label htmlFor={sortId}>Order</label>
              <select
                id={sortId}
                value={sort}
                onChange={(e) => setSort(e.currentTarget.value as EvaluationSortKey)}
              >
                {EVALUATION_SORTS.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </p>
          )}
          {rows.length > 0 && (
            <div className="org-table-wrap">
              <table className="org-table">
                <caption className="visually-hidden">Session evaluations</caption>
                <thead>
                  <tr>
                    <th scope="col">Session</th>
                    <th scope="col">Ratings</th>
                    <th scope="col">Mean</th>
                    <th scope="col">How many gave 1 to 5</th>
                    <th scope="col">Comments</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.sessionId}>
                      <td data-label="Session">
                        {r.title}
                        {r.start && (
                          <span className="org-muted">
                            {' '}
                            ({formatEventShort(r.start)}
                            {r.room ? `, ${r.room}` : ''})
                          </span>
                        )}
                      </td>
                      <td data-label="Ratings">{r.count}</td>
                      <td data-label="Mean">{mean(r.mean)}</td>
                      <td data-label="How many gave 1 to 5">{spread(r.distribution)}</td>
                      <td data-label="Comments" className="org-pre">
                        {r.comments.length ? (
                          r.comments.join('\n\n')
                        ) : (
                          <span className="org-muted">none</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
