/**
 * One State's submitted plan, read-only: the latest submission (or an
 * earlier one, `?id=`), with who submitted it and when, the list of all its
 * submissions, printing (the plan's own print styles) and the Markdown and
 * JSON downloads teams already have.
 */
import { useEffect, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { planToMarkdown } from '../../../domain/plan';
import { stateName } from '../../../domain/states';
import { getSubmission } from '../../../sync/organizer';
import type { SubmissionDetail } from '../../../wire/submissions';
import { memberLabel } from '../../../wire/members';
import { usePageTitle } from '../../../app/usePageTitle';
import { saveText } from '../../../platform/download';
import { PrintablePlan } from '../../plan/PrintablePlan';
import { formatWhen } from '../format';
import './plans.css';

export function SubmittedPlanScreen({ teamId }: { teamId: string }) {
  const id = new URLSearchParams(useSearch()).get('id') ?? undefined;
  const [data, setData] = useState<SubmissionDetail | null>(null);
  const [error, setError] = useState('');
  usePageTitle(data ? `${stateName(data.state)} plan as submitted` : 'Submitted plan');

  useEffect(() => {
    let live = true;
    setError('');
    void getSubmission(teamId, id).then((r) => {
      if (!live) return;
      if (r.ok) setData(r.value);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
  }, [teamId, id]);

  if (error) {
    return (
      <section aria-labelledby="org-sub-title">
        <h1 id="org-sub-title">Submitted plan</h1>
        <p className="org-error" role="alert">
          {error}
        </p>
        <Link href="/">Back to State plans</Link>
      </section>
    );
  }
  if (!data) return <p className="loading">Loading the submitted plan…</p>;

  const plan = data.export.plan;
  const practiceTitle = (id: string) => data.practiceTitles[id] ?? id;
  // "va-plan-2015-06-11": the State and the day it was submitted.
  const stem = `${data.state.toLowerCase()}-plan-${new Date(data.submission.submittedAt).toISOString().slice(0, 10)}`;
  const latestId = data.submissions[0]?.id;
  const byline = `${stateName(data.state)} · submitted ${formatWhen(data.submission.submittedAt)} by ${memberLabel({ name: data.submission.memberName })}${data.submission.id === latestId ? ' (latest submission)' : ' (an earlier submission)'}`;
  const toolbar = (
    <div className="no-print print-bar org-sub-bar">
      <Link href="/">Back to State plans</Link>
      <button type="button" className="org-primary" onClick={() => window.print()}>
        Print or save as PDF
      </button>
      <button
        type="button"
        onClick={() =>
          saveText(`${stem}.md`, planToMarkdown(plan, { practiceTitle }), 'text/markdown')
        }
      >
        Download Markdown
      </button>
      <button
        type="button"
        onClick={() =>
          saveText(`${stem}.json`, JSON.stringify(data.export, null, 2), 'application/json')
        }
      >
        Download JSON
      </button>
    </div>
  );
  return (
    <div className="org-submitted">
      <PrintablePlan plan={plan} toolbar={toolbar} byline={byline} practiceTitle={practiceTitle} />
      <section className="no-print org-sub-history" aria-labelledby="org-sub-history">
        <h2 id="org-sub-history">All submissions of this State</h2>
        <ol>
          {data.submissions.map((s) => {
            const label = `${formatWhen(s.submittedAt)} by ${memberLabel({ name: s.memberName })}`;
            return (
              <li key={s.id}>
                {s.id === data.submission.id ? (
                  <span aria-current="page">{label} (shown)</span>
                ) : (
                  <Link
                    href={`/${encodeURIComponent(data.teamId)}${s.id === latestId ? '' : `?id=${encodeURIComponent(s.id)}`}`}
                  >
                    {label}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
