/**
 * One goal: title, the mandate it answers (citation, and a date only where
 * verified), focus areas, and its action steps. Collapsible: folded, it is
 * one line (its title and step count).
 */
import { memo } from 'react';
import type * as Y from 'yjs';
import {
  addStep,
  findGoal,
  itemText,
  mandateById,
  moveGoal,
  removeGoal,
  setGoalFocus,
  type Goal,
} from '../../domain/plan';
import { FOCUS_AREAS, type FocusAreaId } from '../../domain/focusAreas';
import { CheckListPicker } from './CheckListPicker';
import { ConfirmRemove } from './ConfirmRemove';
import { MoveButtons } from './MoveButtons';
import { StepEditor } from './StepEditor';
import { YTextField } from './YTextField';
import { LastChanged } from './history/LastChanged';

export interface GoalEditorProps {
  doc: Y.Doc;
  goal: Goal;
  index: number;
  isFirst: boolean;
  isLast: boolean;
  collapsed: boolean;
  onToggle: (goalId: string) => void;
}

export function MandateNote({ mandateId }: { mandateId?: string }) {
  const m = mandateById(mandateId);
  if (!m) return null;
  return (
    <p className="mandate-note">
      <span className="citation">{m.citation}</span>
      {m.due ? (
        <> · {m.due}</>
      ) : (
        <>
          {' '}
          · <span className="muted">citation from public summaries; check the statute text</span>
        </>
      )}
    </p>
  );
}

function GoalEditorImpl({
  doc,
  goal,
  index,
  isFirst,
  isLast,
  collapsed,
  onToggle,
}: GoalEditorProps) {
  const ygoal = findGoal(doc, goal.id);
  if (!ygoal) return null;
  const n = index + 1;
  const id = `goal-${goal.id}`;
  const label = goal.title.trim() || '(untitled goal)';
  return (
    <section className="goal" aria-labelledby={`${id}-h`} data-focus-item>
      <div className="goal-head">
        <h3 id={`${id}-h`}>
          <button
            type="button"
            className="collapse"
            data-focus-entry
            aria-expanded={!collapsed}
            aria-controls={`${id}-body`}
            onClick={() => onToggle(goal.id)}
          >
            <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> Goal {n}: {label}{' '}
            <span className="count muted">
              ({goal.steps.length} {goal.steps.length === 1 ? 'step' : 'steps'})
            </span>
          </button>
        </h3>
      </div>
      <LastChanged itemId={goal.id} />
      <div id={`${id}-body`} hidden={collapsed}>
        <MandateNote mandateId={goal.mandateId} />
        <YTextField ytext={itemText(ygoal, 'title')} id={`${id}-title`} label={`Goal ${n} title`} />
        <CheckListPicker
          legend="Focus areas"
          className="focus-areas"
          options={FOCUS_AREAS}
          chosen={goal.focusAreas}
          onToggle={(f, checked) => setGoalFocus(doc, goal.id, f as FocusAreaId, checked)}
        />
        <h4 className="steps-h" id={`${id}-steps-h`}>
          Action steps
        </h4>
        {goal.steps.length === 0 && <p className="muted">No action steps yet.</p>}
        <ol className="steps" data-focus-heading={`${id}-steps-h`}>
          {goal.steps.map((s, j) => (
            <StepEditor
              key={s.id}
              doc={doc}
              step={s}
              number={`${n}.${j + 1}`}
              isFirst={j === 0}
              isLast={j === goal.steps.length - 1}
            />
          ))}
        </ol>
        <div className="goal-actions">
          <button
            type="button"
            className="btn-primary"
            onClick={() => {
              const sid = addStep(doc, goal.id);
              requestAnimationFrame(() => document.getElementById(`step-${sid}-text`)?.focus());
            }}
          >
            Add an action step to goal {n}
          </button>
          <div className="row-buttons">
            <MoveButtons
              name={`goal ${n}`}
              idBase={id}
              noun="goal"
              isFirst={isFirst}
              isLast={isLast}
              onMove={(delta) => moveGoal(doc, goal.id, delta)}
            />
            <ConfirmRemove
              label="Remove goal"
              name={`Remove goal ${n}`}
              question={`Remove goal ${n} and its ${goal.steps.length} ${goal.steps.length === 1 ? 'step' : 'steps'}?`}
              onConfirm={() => removeGoal(doc, goal.id)}
            />
          </div>
        </div>
      </div>
    </section>
  );
}

export const GoalEditor = memo(GoalEditorImpl);
