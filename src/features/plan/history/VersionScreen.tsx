/**
 * /plan/history/:versionId: one version, read-only, compared with the plan
 * now (goals, steps and TA needs added, removed, changed, with the text
 * before and after), with restores as new edits on top: the whole version,
 * or one item the plan has lost since. A version fetched once stays
 * readable offline.
 */
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { LocalPlan } from '../../../plan-runtime';
import { PlanExportSchema } from '../../../domain/plan/exchange';
import { diffPlans, type ItemChange } from '../../../domain/plan/planDiff';
import {
  restoreGoal,
  restoreStep,
  restoreTaNeed,
  restoreVersion,
} from '../../../domain/plan/restore';
import { quote } from '../../../domain/plan/describeChange';
import { STEP_STATUSES, PRIORITIES, type Plan } from '../../../domain/plan';
import { useHistoryPart } from '../../../db/planHistory';
import { fetchVersion } from '../../../sync/planHistory';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTeamSync } from '../team/useTeamSync';
import { usePlanRead, type Undo } from '../usePlan';
import { RestoreNotice } from './RestoreNotice';
import { formatWhen } from './when';
import './history.css';

const WHAT: Record<ItemChange['target'], string> = {
  plan: 'Plan details',
  goal: 'Goal',
  step: 'Step',
  taNeed: 'TA need',
};
const KIND: Record<ItemChange['kind'], string> = {
  // Compared from the version to now: "removed" means gone since the version.
  added: 'new since this version',
  removed: 'gone since this version',
  changed: 'changed since this version',
};

function changeTitle(c: ItemChange): string {
  if (c.target === 'plan') return 'Plan details';
  const where =
    c.target === 'step'
      ? ` ${c.stepNumber ?? ''} of goal ${c.goalNumber ?? ''}`
      : c.target === 'goal'
        ? ` ${c.goalNumber ?? ''}`
        : '';
  return `${WHAT[c.target]}${where} ${quote(c.name)}`;
}

export function VersionScreen({
  plan: local,
  undo,
  versionId,
}: {
  plan: LocalPlan;
  undo: Undo;
  versionId: number;
}) {
  const raw = useHistoryPart(local.planId, `version:${versionId}`);
  const parsed = raw ? PlanExportSchema.safeParse(raw) : undefined;
  const version = parsed?.success ? parsed.data : undefined;
  const title = version
    ? `Version of ${formatWhen(Date.parse(version.exportedAt))}`
    : 'Plan version';
  usePageTitle(title);
  // The plan keeps syncing while this screen replaces the editor.
  useTeamSync(local);
  const read = usePlanRead(local.doc);
  const [problem, setProblem] = useState<string>();
  const [restored, setRestored] = useState<string>();

  useEffect(() => {
    if (raw !== null) return;
    let live = true;
    void fetchVersion(local.planId, versionId).then((o) => {
      if (live && !o.ok) setProblem(o.message);
    });
    return () => {
      live = false;
    };
  }, [raw, local.planId, versionId]);

  const act = (label: string, edit: () => void) => {
    undo.stopCapturing();
    edit();
    undo.stopCapturing();
    setRestored(label);
  };

  const back = (
    <p className="back-link">
      <Link href="/history">← All versions</Link>
    </p>
  );
  if (!version || !read.ok) {
    return (
      <div className="plan-history">
        {back}
        <h1>{title}</h1>
        <p className={problem ? undefined : 'muted'} role={problem ? 'alert' : undefined}>
          {problem ?? (read.ok ? 'Loading…' : `The plan could not be read: ${read.error}`)}
        </p>
      </div>
    );
  }
  const then = version.plan;
  const changes = diffPlans(then, read.plan).changes;

  return (
    <div className="plan-history">
      {back}
      <h1>{title}</h1>
      {restored && (
        <RestoreNotice text={restored} undo={undo} onUndone={() => setRestored(undefined)} />
      )}
      <p>
        <button
          type="button"
          className="btn-primary"
          onClick={() =>
            act(
              `Restored the whole version of ${formatWhen(Date.parse(version.exportedAt))}.`,
              () => restoreVersion(local.doc, then),
            )
          }
          disabled={changes.length === 0}
        >
          Restore this whole version
        </button>{' '}
        <span className="muted">
          {changes.length === 0
            ? 'The plan reads the same as this version now.'
            : 'A restore is a new change: Undo takes it back.'}
        </span>
      </p>
      <section aria-labelledby="compare-h" className="plan-section">
        <h2 id="compare-h">Compared with now</h2>
        {changes.length === 0 ? (
          <p className="muted">No differences.</p>
        ) : (
          <ul className="history-list">
            {changes.map((c) => (
              <li key={`${c.target}-${c.id}`} className="history-item compare-item">
                <div>
                  <p className="history-what">
                    {changeTitle(c)}: <span className={`change-${c.kind}`}>{KIND[c.kind]}</span>
                  </p>
                  {c.fields.length > 0 && (
                    <dl className="field-changes">
                      {c.fields.map((f) => (
                        <div key={f.field}>
                          <dt>{f.label}</dt>
                          <dd>
                            <span className="was">Then: {f.before || '(empty)'}</span>
                            <span className="now">Now: {f.after || '(empty)'}</span>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </div>
                {c.kind === 'removed' && (
                  <button
                    type="button"
                    aria-label={`Restore ${changeTitle(c)}`}
                    onClick={() =>
                      act(`Restored ${changeTitle(c)}.`, () => {
                        if (c.goal) restoreGoal(local.doc, c.goal);
                        else if (c.step && c.goalId) {
                          const goal = then.goals.find((g) => g.id === c.goalId);
                          restoreStep(local.doc, c.goalId, goal?.title ?? '', c.step);
                        } else if (c.taNeed) restoreTaNeed(local.doc, c.taNeed);
                      })
                    }
                  >
                    Restore
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="then-h" className="plan-section">
        <h2 id="then-h">The plan at this version</h2>
        <ReadOnlyPlan plan={then} />
      </section>
    </div>
  );
}

const statusLabel = (id: string) => STEP_STATUSES.find((s) => s.id === id)?.label ?? id;
const priorityLabel = (id: string) => PRIORITIES.find((p) => p.id === id)?.label ?? id;

function ReadOnlyPlan({ plan }: { plan: Plan }) {
  return (
    <div className="readonly-plan">
      <p>
        <strong>Title:</strong> {plan.title || '(untitled)'}
        {plan.state && <> · {plan.state}</>}
      </p>
      {plan.goals.map((g, i) => (
        <div key={g.id} className="readonly-goal">
          <h3>
            Goal {i + 1}: {g.title || '(untitled goal)'}
          </h3>
          {g.steps.length === 0 ? (
            <p className="muted">No steps.</p>
          ) : (
            <ol>
              {g.steps.map((s) => (
                <li key={s.id}>
                  {s.text || '(no text)'}
                  <span className="muted">
                    {' '}
                    · {statusLabel(s.status)}
                    {s.lead && ` · Lead: ${s.lead}`}
                    {s.owner && ` · Owner: ${s.owner}`}
                    {s.due && ` · Target: ${s.due}`}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
      <h3>Technical-assistance needs</h3>
      {plan.taNeeds.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {plan.taNeeds.map((t) => (
            <li key={t.id}>
              {t.topic || '(no topic)'} <span className="muted">· {priorityLabel(t.priority)}</span>
              {t.description && <> — {t.description}</>}
            </li>
          ))}
        </ul>
      )}
      {plan.notes && (
        <>
          <h3>Notes</h3>
          <p className="readonly-notes">{plan.notes}</p>
        </>
      )}
    </div>
  );
}
