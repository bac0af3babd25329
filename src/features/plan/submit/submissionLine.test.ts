import { describe, expect, it } from 'vitest';
import { addStep, addTaNeed, goalsArray, readPlan, createPlanDoc } from '../../../domain/plan';
import { submissionLine } from './submissionLine';

// The shipped event: Washington, D.C. (America/New_York, EDT in June = UTC-4).
const AT = Date.UTC(2015, 5, 11, 20, 12); // 4:12 PM on June 11 in the event's zone
const LATER = Date.UTC(2015, 5, 11, 21, 0);

describe('submissionLine', () => {
  it('says when, by whom and how many changes since, in the event zone, 12-hour', () => {
    const doc = createPlanDoc();
    const submitted = readPlan(doc);
    const goal = goalsArray(doc).get(0).get('id') as string;
    addStep(doc, goal, { text: 'a' });
    addTaNeed(doc, { topic: 'b' });
    const line = submissionLine(
      { sent: 1, plan: submitted, submittedAt: AT, memberName: 'Ana Ruiz' },
      readPlan(doc),
      LATER,
    );
    expect(line).toEqual({
      kind: 'submitted',
      changes: 2,
      text: 'Submitted at 4:12 PM by Ana Ruiz; 2 changes since.',
    });
  });

  it('names the day when it was not today, and a teammate without a name', () => {
    const plan = readPlan(createPlanDoc());
    const line = submissionLine(
      { sent: 1, plan, submittedAt: AT, memberName: null },
      plan,
      AT + 24 * 3600_000,
    );
    expect(line.text).toBe(
      'Submitted on Thursday, June 11 at 4:12 PM by A teammate; no changes since.',
    );
  });

  it('says a queued submission is waiting, and a refused one why', () => {
    const plan = readPlan(createPlanDoc());
    expect(submissionLine({ sent: 0, plan }, plan, AT).text).toBe(
      'Submission waiting to be sent (offline).',
    );
    expect(submissionLine({ sent: 0, plan, refused: 'Too big.' }, plan, AT)).toEqual({
      kind: 'refused',
      text: 'The submission was not accepted: Too big.',
    });
  });
});
