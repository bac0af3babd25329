/**
 * The print view: the plan as clean pages (headings, a table of steps per
 * goal, a page break between goals). The app's navigation is hidden in print.
 */
import { useLayoutEffect } from 'react';
import { Link } from 'wouter';
import type * as Y from 'yjs';
import { FOCUS_AREAS } from '../../domain/focusAreas';
import {
  mandateById,
  partnerLabel,
  PRIORITIES,
  stateName,
  STEP_STATUSES,
  type Plan,
} from '../../domain/plan';
import { usePageTitle } from '../../app/usePageTitle';
import { practiceTitle } from './practices';
import { usePlanRead } from './usePlan';
import './print.css';

const label = (list: readonly { id: string; label: string }[], id: string) =>
  list.find((x) => x.id === id)?.label ?? id;

export function PrintView({ doc }: { doc: Y.Doc }) {
  const read = usePlanRead(doc);
  usePageTitle('Print the plan');
  // A route change keeps the window's scroll position: the editor's, often far
  // down a long plan. The print view starts at its top, its actions first.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  if (!read.ok) return <p role="alert">This plan could not be read ({read.error}).</p>;
  return <PrintablePlan plan={read.plan} />;
}

export function PrintablePlan({ plan }: { plan: Plan }) {
  return (
    <article className="print-plan">
      <div className="no-print print-bar">
        <Link href="/">Back to the editor</Link>
        <button type="button" className="btn-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <header className="print-header">
        <h1>{plan.title.trim() || 'Action plan'}</h1>
        <p>
          {plan.state ? `${stateName(plan.state)} · ` : ''}State team action plan to implement the
          Preventing Sex Trafficking and Strengthening Families Act (P.L. 113-183)
        </p>
        <p className="print-privacy">
          Plans describe systems, not children: no names, dates of birth, case numbers or locations
          of any child or family.
        </p>
      </header>
      {plan.goals.map((g, i) => {
        const m = mandateById(g.mandateId);
        return (
          <section key={g.id} className="print-goal">
            <h2>
              Goal {i + 1}: {g.title.trim() || '(untitled goal)'}
            </h2>
            {m && (
              <p className="print-meta">
                {m.citation}
                {m.due ? ` · ${m.due}` : ''}
              </p>
            )}
            {g.focusAreas.length > 0 && (
              <p className="print-meta">
                Focus areas: {g.focusAreas.map((f) => label(FOCUS_AREAS, f)).join(', ')}
              </p>
            )}
            {g.steps.length === 0 ? (
              <p>No action steps yet.</p>
            ) : (
              <div
                className="table-wrap"
                tabIndex={0}
                role="region"
                aria-label={`Action steps of goal ${i + 1}`}
              >
                <table className="print-steps">
                  <caption className="visually-hidden">Action steps of goal {i + 1}</caption>
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">Action step</th>
                      <th scope="col">Lead agency</th>
                      <th scope="col">Partners</th>
                      <th scope="col">Owner</th>
                      <th scope="col">Target date</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.steps.map((s, j) => (
                      <tr key={s.id}>
                        <td>
                          {i + 1}.{j + 1}
                        </td>
                        <td className="pre">
                          {s.text}
                          {s.practices.length > 0 && (
                            <span className="print-practices">
                              Practices: {s.practices.map(practiceTitle).join('; ')}
                            </span>
                          )}
                        </td>
                        <td>{s.lead}</td>
                        <td>{s.partners.map(partnerLabel).join(', ')}</td>
                        <td>{s.owner}</td>
                        <td>{s.due}</td>
                        <td>{label(STEP_STATUSES, s.status)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
      <section className="print-goal">
        <h2>Technical-assistance needs</h2>
        {plan.taNeeds.length === 0 ? (
          <p>None recorded.</p>
        ) : (
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-label="Technical-assistance needs"
          >
            <table className="print-steps">
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Description</th>
                  <th scope="col">Priority</th>
                </tr>
              </thead>
              <tbody>
                {plan.taNeeds.map((t) => (
                  <tr key={t.id}>
                    <td>{t.topic}</td>
                    <td className="pre">{t.description}</td>
                    <td>{label(PRIORITIES, t.priority)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {plan.notes.trim() && (
          <>
            <h2>Notes</h2>
            <p className="pre">{plan.notes}</p>
          </>
        )}
      </section>
    </article>
  );
}
