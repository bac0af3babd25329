/**
 * "Submit to organizers": a team member confirms the plan as it is on this
 * device (with its figures and the privacy reminder again); the submission
 * is queued on the device with its own id and sent now or after the next
 * sync. The line below says when it was submitted, by whom and how much
 * changed since, or that it is still waiting to be sent.
 */
import { useEffect, useId, useRef, useState } from 'react';
import * as Y from 'yjs';
import { queueSubmission, useLatestSubmission } from '../../../db/submissions';
import { planFigures, STEP_STATUSES, type Plan } from '../../../domain/plan';
import { refreshTeamSubmissions, sendSubmissions } from '../../../sync/submissions';
import type { TeamLinkRow } from '../../../sync/teams';
import type { LocalPlan } from '../../../plan-runtime';
import { PlanOverview } from '../PlanOverview';
import { submissionLine } from './submissionLine';
import './submit.css';

interface Props {
  plan: LocalPlan;
  current: Plan;
  link: TeamLinkRow;
}

export function SubmitPlan({ plan, current, link }: Props) {
  const latest = useLatestSubmission(plan.planId);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // Only decides "today" or a day name: the next render (any edit) picks up a new day.
  const now = Date.now();
  const headingId = useId();
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const focusStatus = useRef(false);
  const line = latest ? submissionLine(latest, current, now) : null;
  const { teamId, credential } = link;
  const lineKind = line?.kind;
  useEffect(() => {
    if (focusStatus.current && statusRef.current) {
      focusStatus.current = false;
      statusRef.current.focus();
    }
  }, [lineKind, confirming]);
  // A teammate may have submitted from another device: ask once on opening.
  useEffect(() => {
    void refreshTeamSubmissions(plan.planId, { teamId, credential });
  }, [plan.planId, teamId, credential]);
  const figures = planFigures(current);

  const open = () => {
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.focus());
  };
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => openRef.current?.focus());
  };
  const confirm = async () => {
    setBusy(true);
    try {
      // What is typed but not yet stored goes into the submission too.
      await plan.flush().catch(() => undefined);
      await queueSubmission({
        planId: plan.planId,
        teamId: link.teamId,
        update: Y.encodeStateAsUpdate(plan.doc),
        plan: current,
      });
      setConfirming(false);
      // The status line appears once the live query sees the new row: focus it then.
      focusStatus.current = true;
      void sendSubmissions(plan.planId, link);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="plan-section submit-plan" aria-labelledby={headingId}>
      <h2 id={headingId}>Submit to organizers</h2>
      <p className="muted">
        When your team agrees on the plan, submit it: the organizers see the version you submit, not
        your drafts. You can submit again later; earlier submissions stay listed.
      </p>
      {line && (
        <p
          ref={statusRef}
          tabIndex={-1}
          className={`submit-status submit-${line.kind}`}
          data-testid="submission-status"
        >
          {line.text}
        </p>
      )}
      {!confirming ? (
        <button type="button" className="btn-primary" ref={openRef} onClick={open}>
          {latest ? 'Submit again' : 'Submit to organizers'}
        </button>
      ) : (
        <div className="submit-confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
          <h3 id={`${headingId}-confirm`} ref={confirmRef} tabIndex={-1}>
            Submit this plan to the organizers?
          </h3>
          <p>
            You are submitting the plan as it is on this device now:{' '}
            <strong>{current.title.trim() || 'Action plan'}</strong>
            {current.state ? ` (${current.state})` : ''}.
          </p>
          <ul className="submit-figures">
            <li>
              {figures.goals} {figures.goals === 1 ? 'goal' : 'goals'}, {figures.steps} action{' '}
              {figures.steps === 1 ? 'step' : 'steps'}
              {figures.steps > 0 &&
                ` (${STEP_STATUSES.map((s) => `${figures.stepsByStatus[s.id]} ${s.label.toLowerCase()}`).join(', ')})`}
            </li>
            <li>
              {current.taNeeds.length} technical-assistance{' '}
              {current.taNeeds.length === 1 ? 'need' : 'needs'}
            </li>
            {figures.mandatesWithoutSteps.length > 0 && (
              <li>
                {figures.mandatesWithoutSteps.length}{' '}
                {figures.mandatesWithoutSteps.length === 1 ? 'mandate has' : 'mandates have'} no
                action step yet
              </li>
            )}
          </ul>
          <details>
            <summary>Goals and their steps, as submitted</summary>
            <PlanOverview plan={current} />
          </details>
          <p className="privacy">
            <strong>Plans describe systems, not children.</strong> A plan names adults on the team
            and agencies, never children or families: check that it holds no names, dates of birth,
            case numbers or locations of any child or family.
          </p>
          <div className="submit-actions">
            <button
              type="button"
              className="btn-primary"
              disabled={busy}
              onClick={() => void confirm()}
            >
              Submit this plan
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
