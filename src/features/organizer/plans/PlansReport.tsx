/**
 * The printable report of all submitted plans: each State's latest
 * submission as one section, a page break between States (print.css of the
 * plan plus plans.css). States that have not submitted are named at the end.
 */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { stateName } from '../../../domain/states';
import { getSubmission, listSubmissions } from '../../../sync/organizer';
import type { SubmissionDetail } from '../../../wire/submissions';
import { memberLabel } from '../../../wire/members';
import { usePageTitle } from '../../../app/usePageTitle';
import { PrintablePlan } from '../../plan/PrintablePlan';
import { formatWhen } from '../format';
import './plans.css';

interface Report {
  plans: SubmissionDetail[];
  notSubmitted: string[];
}

async function loadReport(): Promise<{ ok: true; value: Report } | { ok: false; message: string }> {
  const list = await listSubmissions();
  if (!list.ok) return list;
  const submitted = list.value.filter((t) => t.submissions.length > 0);
  const plans: SubmissionDetail[] = [];
  // One at a time: a report of 56 States should not open 56 requests at once.
  for (const t of submitted) {
    const r = await getSubmission(t.teamId);
    if (!r.ok) return r;
    plans.push(r.value);
  }
  return {
    ok: true,
    value: {
      plans,
      notSubmitted: list.value.filter((t) => t.submissions.length === 0).map((t) => t.state),
    },
  };
}

export function PlansReport() {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');
  usePageTitle('Report of all submitted plans');

  useEffect(() => {
    let live = true;
    void loadReport().then((r) => {
      if (!live) return;
      if (r.ok) setReport(r.value);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="org-report">
      <div className="no-print print-bar">
        <Link href="/">Back to State plans</Link>
        <button
          type="button"
          className="org-primary"
          disabled={!report}
          onClick={() => window.print()}
        >
          Print or save as PDF
        </button>
      </div>
      <h1>All submitted State plans</h1>
      {error && (
        <p className="org-error" role="alert">
          {error}
        </p>
      )}
      {!report && !error && <p className="loading">Loading the submitted plans…</p>}
      {report && (
        <>
          <p>
            {report.plans.length === 0
              ? 'No State has submitted a plan yet.'
              : `The latest submission of each of ${report.plans.length} ${report.plans.length === 1 ? 'State' : 'States'}, one State per section.`}
            {report.notSubmitted.length > 0 &&
              ` Not submitted yet: ${report.notSubmitted.map(stateName).join(', ')}.`}
          </p>
          {report.plans.map((d) => (
            <section
              key={d.teamId}
              className="org-report-state"
              aria-label={`${stateName(d.state)} plan`}
            >
              <PrintablePlan
                plan={d.export.plan}
                practiceTitle={(id) => d.practiceTitles[id] ?? id}
                toolbar={null}
                level={2}
                byline={`${stateName(d.state)} · submitted ${formatWhen(d.submission.submittedAt)} by ${memberLabel({ name: d.submission.memberName })}`}
              />
            </section>
          ))}
        </>
      )}
    </div>
  );
}
