/**
 * One action step: its text, lead agency, partners, owner role, target date,
 * status and linked practices, with move and remove buttons. Folded by
 * default: the step's text (two lines, editable in place) and one line
 * summing up its details; "Details" opens the rest.
 */
import { memo, useState } from 'react';
import { Link } from 'wouter';
import type * as Y from 'yjs';
import {
  findStep,
  itemText,
  moveStep,
  removeStep,
  setStepField,
  STEP_STATUSES,
  unlinkPractice,
  type Step,
} from '../../domain/plan';
import { ConfirmRemove } from './ConfirmRemove';
import { MoveButtons } from './MoveButtons';
import { PartnersField } from './PartnersField';
import { practiceTitle } from './practices';
import { stepSummary } from './stepSummary';
import { YTextField } from './YTextField';
import { LastChanged } from './history/LastChanged';
import { Options } from '../../components/Options';

export interface StepEditorProps {
  doc: Y.Doc;
  step: Step;
  /** "2.3": goal 2, step 3. */
  number: string;
  isFirst: boolean;
  isLast: boolean;
}

function StepEditorImpl({ doc, step, number, isFirst, isLast }: StepEditorProps) {
  const [open, setOpen] = useState(false);
  const found = findStep(doc, step.id);
  if (!found) return null;
  const id = `step-${step.id}`;
  return (
    <li className="step" aria-labelledby={`${id}-h`} data-focus-item>
      <div className="step-head">
        <h4 id={`${id}-h`} data-focus-entry>
          Step {number}
        </h4>
        <div className="row-buttons">
          <MoveButtons
            name={`step ${number}`}
            idBase={id}
            isFirst={isFirst}
            isLast={isLast}
            onMove={(delta) => moveStep(doc, step.id, delta)}
          />
          <ConfirmRemove
            label="Remove"
            name={`Remove step ${number}`}
            question={`Remove step ${number}${step.text ? ` ("${step.text.slice(0, 40)}")` : ''}?`}
            onConfirm={() => removeStep(doc, step.id)}
          />
        </div>
      </div>
      <LastChanged itemId={step.id} />
      <YTextField
        ytext={itemText(found.step, 'text')}
        id={`${id}-text`}
        label="Action step"
        multiline
        rows={2}
      />
      <button
        type="button"
        className="step-toggle"
        aria-expanded={open}
        aria-controls={`${id}-details`}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Details
        <span className="visually-hidden"> of step {number}</span>
        {!open && <span className="step-summary">: {stepSummary(step)}</span>}
      </button>
      <div id={`${id}-details`} hidden={!open}>
        {open && <StepDetails doc={doc} step={step} number={number} id={id} found={found.step} />}
      </div>
    </li>
  );
}

function StepDetails({
  doc,
  step,
  number,
  id,
  found,
}: {
  doc: Y.Doc;
  step: Step;
  number: string;
  id: string;
  found: Y.Map<unknown>;
}) {
  return (
    <>
      <div className="step-grid">
        <YTextField ytext={itemText(found, 'lead')} id={`${id}-lead`} label="Lead agency" />
        <YTextField
          ytext={itemText(found, 'owner')}
          id={`${id}-owner`}
          label="Owner (role, not a name)"
        />
        <div className="field">
          <label htmlFor={`${id}-due`}>Target date</label>
          <input
            id={`${id}-due`}
            type="date"
            value={step.due}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v)) setStepField(doc, step.id, 'due', v);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={step.status}
            onChange={(e) => setStepField(doc, step.id, 'status', e.currentTarget.value)}
          >
            <Options items={STEP_STATUSES} />
          </select>
        </div>
      </div>
      <PartnersField doc={doc} stepId={step.id} partners={step.partners} idBase={id} />
      <div className="linked">
        <h5>Practices used</h5>
        {step.practices.length === 0 ? (
          <p className="muted">
            None yet. Use &ldquo;Use in our plan&rdquo; on a practice in the library.
          </p>
        ) : (
          <ul>
            {step.practices.map((p) => (
              <li key={p}>
                <Link href={`~/library/practice/${p}`}>{practiceTitle(p)}</Link>{' '}
                <button
                  type="button"
                  className="btn-small"
                  aria-label={`Unlink ${practiceTitle(p)} from step ${number}`}
                  onClick={() => unlinkPractice(doc, step.id, p)}
                >
                  Unlink
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

const sameStep = (a: StepEditorProps, b: StepEditorProps) =>
  a.doc === b.doc &&
  a.number === b.number &&
  a.isFirst === b.isFirst &&
  a.isLast === b.isLast &&
  a.step.id === b.step.id &&
  a.step.due === b.step.due &&
  a.step.status === b.step.status &&
  a.step.text.slice(0, 40) === b.step.text.slice(0, 40) &&
  a.step.partners.join() === b.step.partners.join() &&
  a.step.practices.join() === b.step.practices.join();

export const StepEditor = memo(StepEditorImpl, sameStep);
