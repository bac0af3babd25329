/**
 * A plan as clean pages: title, the privacy line, each goal with a table of
 * its steps, the TA needs and notes. The styles are print.css, imported by
 * the screens that show it (the plan's print view, the organizers' submitted
 * plans), so this module carries no CSS of its own.
 */
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { FOCUS_AREAS } from '../../domain/focusAreas';
import {
  mandateById,
  partnerLabel,
  PRIORITIES,
  stateName,
  STEP_STATUSES,
  type Plan,
} from '../../domain/plan';

const label = (list: readonly { id: string; label: string }[], id: string) =>
  list.find((x) => x.id === id)?.label ?? id;

export interface PrintablePlanProps {
  plan: Plan;
  /** Replaces the bar above the plan (back link and print button); `null` for none. */
  toolbar?: ReactNode;
  /** A line under the title, e.g. who submitted this version and when. */
  byline?: ReactNode;
  /** 2 when the plan is one section of a page with its own h1 (the organizers' report). */
  level?: 1 | 2;
  /**
   * A linked practice's title. A prop, not the library look-up, so the
   * organizers' screens (titles from the endpoint) do not load the library.
   */
  practiceTitle: (id: string) => string;
}

export function PrintablePlan({
  plan,
  toolbar,
  byline,
  level = 1,
  practiceTitle,
}: PrintablePlanProps) {
  const Title = level === 1 ? 'h1' : 'h2';
  const Part = level === 1 ? 'h2' : 'h3';
  return (
    <article className="print-plan">
      {toolbar === undefined ? (
        <div className="no-print print-bar">
          <Link href="/">Back to the editor</Link>
          <button type="button" className="btn-primary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
      ) : (
        toolbar
      )}
      <header className="print-header">
        <Title>{plan.title.trim() || 'Action plan'}</Title>
        {byline && <p className="print-byline">{byline}</p>}
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
            <Part>
              Goal {i + 1}: {g.title.trim() || '(untitled goal)'}
            </Part>
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
        <Part>Technical-assistance needs</Part>
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
            <Part>Notes</Part>
            <p className="pre">{plan.notes}</p>
          </>
        )}
      </section>
    </article>
  );
}
