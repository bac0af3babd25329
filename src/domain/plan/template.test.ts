import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addStep, setGoalTitle, setStepText } from './edit';
import { MANDATES } from './mandates';
import { readPlan } from './model';
import { createPlanDoc, templateGoalId, templateUpdate, TEMPLATE_CLIENT_ID } from './template';

describe('plan template', () => {
  it('starts with one goal per mandate of the Act, in order, keyed to the mandate', () => {
    const plan = readPlan(createPlanDoc());
    expect(plan.goals.map((g) => g.mandateId)).toEqual(MANDATES.map((m) => m.id));
    expect(plan.goals[0]!.title).toBe(MANDATES[0]!.title);
    expect(plan.goals.every((g) => g.steps.length === 0)).toBe(true);
  });

  it('is the same bytes every time it is built', () => {
    expect(templateUpdate()).toEqual(templateUpdate());
    const a = Y.encodeStateAsUpdate(createPlanDoc());
    const b = Y.encodeStateAsUpdate(createPlanDoc());
    expect(a).toEqual(b);
  });

  it('editing documents never use the template client id', () => {
    expect(createPlanDoc().clientID).not.toBe(TEMPLATE_CLIENT_ID);
  });

  it('two devices that each start the plan and edit it merge into one copy of each goal', () => {
    const a = createPlanDoc();
    const b = createPlanDoc();
    const first = templateGoalId(MANDATES[0]!.id);
    addStep(a, first, { text: 'Train caseworkers' }, 'step-a');
    addStep(b, first, { text: 'Screening tool' }, 'step-b');
    setGoalTitle(b, templateGoalId(MANDATES[1]!.id), 'Report within 24 hours');
    setStepText(a, 'step-a', 'lead', 'State agency');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const pa = readPlan(a);
    expect(pa).toEqual(readPlan(b));
    expect(pa.goals).toHaveLength(MANDATES.length);
    expect(new Set(pa.goals.map((g) => g.id)).size).toBe(MANDATES.length);
    expect(pa.goals[0]!.steps.map((s) => s.text).sort()).toEqual([
      'Screening tool',
      'Train caseworkers',
    ]);
    expect(pa.goals[1]!.title).toBe('Report within 24 hours');
  });

  it('shows a due date only for the verified mandate', () => {
    expect(MANDATES.filter((m) => m.due).map((m) => m.id)).toEqual(
      MANDATES.filter((m) => m.verified).map((m) => m.id),
    );
    expect(MANDATES[0]!.due).toContain('September 29, 2014');
    expect(MANDATES.every((m) => m.citation.startsWith('P.L. 113-183'))).toBe(true);
  });
});
