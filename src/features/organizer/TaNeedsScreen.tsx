/**
 * Technical-assistance needs across all State teams, as the teams typed
 * them in their plans, with a CSV download for spreadsheets.
 */
import { useOrganizerData } from './useOrganizerData';
import { useCsvDownload } from './useCsvDownload';
import { priorityLabel } from '../../domain/plan/schema';
import { stateName } from '../../domain/states';
import { downloadTaNeedsCsv, listTaNeeds } from '../../sync/organizer';
import { formatWhen } from './format';

export function TaNeedsScreen() {
  const { value: rows, error, setError } = useOrganizerData(listTaNeeds);

  const { status, download } = useCsvDownload(downloadTaNeedsCsv, setError);

  return (
    <section aria-labelledby="org-ta-title">
      <h1 id="org-ta-title">TA needs across States</h1>
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
      {rows === null && !error && <p className="loading">Loading TA needs…</p>}
      {rows && rows.length === 0 && (
        <p className="org-muted">No team has listed a TA need yet (or no plan has synced).</p>
      )}
      {rows && rows.length > 0 && (
        <div className="org-table-wrap">
          <table className="org-table">
            <caption className="visually-hidden">TA needs by State</caption>
            <thead>
              <tr>
                <th scope="col">State</th>
                <th scope="col">Team</th>
                <th scope="col">Topic</th>
                <th scope="col">Priority</th>
                <th scope="col">Description</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.teamId}-${i}`}>
                  <td data-label="State">{stateName(r.state)}</td>
                  <td data-label="Team">{r.team}</td>
                  <td data-label="Topic">{r.topic}</td>
                  <td data-label="Priority">{priorityLabel(r.priority)}</td>
                  <td data-label="Description" className="org-pre">
                    {r.description}
                  </td>
                  <td data-label="Updated">{formatWhen(r.updated)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
