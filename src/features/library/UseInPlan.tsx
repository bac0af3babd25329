/**
 * "Use in our plan" on a practice page: attach the practice to an action step
 * of the device's plan (or to a new step of a chosen goal). The plan code
 * (Yjs) is loaded only when the button is pressed, so the library stays light.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import { getActivePlanId } from '../../db/plans';
import type { LocalPlan } from '../../plan-runtime';
import type { Plan } from '../../domain/plan';
import './useInPlan.css';

export interface UseInPlanProps {
  practiceId: string;
  practiceTitle: string;
}

type PlanModule = typeof import('../../domain/plan');

export function UseInPlan({ practiceId, practiceTitle }: UseInPlanProps) {
  const [open, setOpen] = useState<{ local: LocalPlan; plan: Plan; mod: PlanModule } | null>(null);
  const [choice, setChoice] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const baseId = `use-${practiceId}`;

  const start = async () => {
    setMessage(null);
    try {
      const [{ getLocalPlan }, mod] = await Promise.all([
        import('../../plan-runtime'),
        import('../../domain/plan'),
      ]);
      const local = await getLocalPlan(await getActivePlanId());
      const plan = mod.readPlan(local.doc);
      const firstStep = plan.goals.find((g) => g.steps.length)?.steps[0];
      setChoice(
        firstStep ? `step:${firstStep.id}` : plan.goals[0] ? `goal:${plan.goals[0].id}` : '',
      );
      setOpen({ local, plan, mod });
    } catch (e) {
      setMessage({ ok: false, text: `Your plan could not be opened (${String(e)}).` });
    }
  };

  const attach = async () => {
    if (!open || !choice) return;
    const { local, plan, mod } = open;
    const [kind, id] = choice.split(':') as ['step' | 'goal', string];
    let where: string;
    if (kind === 'goal') {
      mod.addStep(local.doc, id, { text: `Apply: ${practiceTitle}`, practices: [practiceId] });
      const gi = plan.goals.findIndex((g) => g.id === id);
      where = `a new step in goal ${gi + 1}`;
    } else {
      mod.linkPractice(local.doc, id, practiceId);
      const gi = plan.goals.findIndex((g) => g.steps.some((s) => s.id === id));
      const si = plan.goals[gi]!.steps.findIndex((s) => s.id === id);
      where = `step ${gi + 1}.${si + 1}`;
    }
    await local.flush();
    setOpen(null);
    setMessage({ ok: true, text: `Attached “${practiceTitle}” to ${where} of your plan.` });
  };

  return (
    <div className="use-in-plan">
      {!open && (
        <button type="button" className="use-in-plan-btn" onClick={() => void start()}>
          Use in our plan
        </button>
      )}
      {open && (
        <div className="use-in-plan-panel" role="group" aria-labelledby={`${baseId}-h`}>
          <p id={`${baseId}-h`}>
            <strong>Attach “{practiceTitle}” to an action step</strong>
          </p>
          <label htmlFor={`${baseId}-step`}>Action step</label>
          <select
            id={`${baseId}-step`}
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
          >
            {open.plan.goals.map((g, gi) => (
              <optgroup
                key={g.id}
                label={`Goal ${gi + 1}: ${g.title.trim() || '(untitled)'}`.slice(0, 90)}
              >
                {g.steps.map((s, si) => (
                  <option key={s.id} value={`step:${s.id}`}>
                    {`Step ${gi + 1}.${si + 1}: ${s.text.trim() || '(no text yet)'}`.slice(0, 90)}
                    {s.practices.includes(practiceId) ? ' (already attached)' : ''}
                  </option>
                ))}
                <option value={`goal:${g.id}`}>{`New step in goal ${gi + 1}`}</option>
              </optgroup>
            ))}
          </select>
          <div className="use-in-plan-actions">
            <button
              type="button"
              className="use-in-plan-btn"
              onClick={() => void attach()}
              disabled={!choice}
            >
              Attach
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'use-ok' : 'use-error'}>
          {message.text} {message.ok && <Link href="~/plan">Open the plan</Link>}
        </p>
      )}
    </div>
  );
}
