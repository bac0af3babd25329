/**
 * "State plans": every team, submitted or not, with the figures of its
 * latest submission (goals, steps by status, TA needs by priority, the
 * Act's mandates with no step yet) and a link to the submitted plan.
 * Organizers see submissions only, never drafts. From here: the steps CSV
 * across States and the printable report of all submitted plans.
 */
import { useOrganizerData } from '../useOrganizerData';
import { useCsvDownload } from '../useCsvDownload';
import { Link } from 'wouter';
import { MANDATES, mandateById, PRIORITIES, STEP_STATUSES } from '../../../domain/plan';
import { stateName } from '../../../domain/states';
import { downloadStepsCsv, listSubmissions } from '../../../sync/organizer';
import type { TeamSubmissions } from '../../../wire/submissions';
import { memberLabel } from '../../../wire/members';
import { formatWhen } from '../format';
import './plans.css';

export function StatePlansScreen() {
  const { value: teams, error, setError } = useOrganizerData(listSubmissions);

  const { status, download } = useCsvDownload(downloadStepsCsv, setError);

  const submitted = teams?.filter((t) => t.submissions.length > 0).length ?? 0;
  return (
    <section aria-labelledby="org-plans-title" className="org-plans">
      <h1 id="org-plans-title">State plans</h1>
      <p className="org-muted">
        The plans as the teams submitted them (never their drafts in progress). A team can submit
        again; the latest submission counts, earlier ones stay listed with the plan.
      </p>
      <div className="org-actions">
        <button type="button" className="org-primary" onClick={() => void download()}>
          Download steps CSV
        </button>
        <Link href="/report">Printable report of all submitted plans</Link>
        {status && <span role="status">{status}</span>}
      </div>
      {error && (
        <p className="org-error" role="alert">
          {error}
        </p>
      )}
      {teams === null && !error && <p className="loading">Loading State plans…</p>}
      {teams && teams.length === 0 && <p className="org-muted">No State team yet.</p>}
      {teams && teams.length > 0 && (
        <>
          <p>
            {submitted} of {teams.length} {teams.length === 1 ? 'team has' : 'teams have'} submitted
            a plan.
          </p>
          <ul className="org-plan-list">
            {teams.map((t) => (
              <TeamCard key={t.teamId} team={t} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function TeamCard({ team: t }: { team: TeamSubmissions }) {
  const last = t.submissions[0];
  const f = t.latest;
  const state = stateName(t.state);
  const name = t.team && t.team !== state ? `${state} · ${t.team}` : state;
  return (
    <li className="org-plan-card">
      <h2>{name}</h2>
      {!last || !f ? (
        <p className="org-muted">Not submitted yet.</p>
      ) : (
        <>
          <p>
            Last submitted {formatWhen(last.submittedAt)} by{' '}
            {memberLabel({ name: last.memberName })}
            {t.submissions.length > 1 ? ` (${t.submissions.length} submissions)` : ''}.
          </p>
          <dl className="org-figures">
            <div>
              <dt>Goals</dt>
              <dd>{f.goals}</dd>
            </div>
            <div>
              <dt>Steps by status</dt>
              <dd>
                {f.steps === 0
                  ? 'None'
                  : STEP_STATUSES.map((s) => `${s.label}: ${f.stepsByStatus[s.id]}`).join(', ')}
              </dd>
            </div>
            <div>
              <dt>TA needs by priority</dt>
              <dd>
                {PRIORITIES.map((p) => `${p.label}: ${f.taNeedsByPriority[p.id]}`).join(', ')}
              </dd>
            </div>
            <div>
              <dt>Mandates with no step yet</dt>
              <dd>
                {f.mandatesWithoutSteps.length === 0 ? (
                  'None'
                ) : (
                  <details>
                    <summary>
                      {f.mandatesWithoutSteps.length} of {MANDATES.length}
                    </summary>
                    <ul>
                      {f.mandatesWithoutSteps.map((id) => (
                        <li key={id}>{mandateById(id)?.title ?? id}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </dd>
            </div>
          </dl>
          <Link href={`/${encodeURIComponent(t.teamId)}`}>
            Open the submitted plan<span className="visually-hidden"> of {name}</span>
          </Link>
        </>
      )}
    </li>
  );
}
