import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addGoal, addStep, addTaNeed } from './edit';
import { goalsArray, readPlan, safeReadPlan, titleText, notesText, findGoal } from './model';
import { PlanSchema } from './schema';
import { createPlanDoc, emptyPlanDoc } from './template';

describe('readPlan', () => {
  it('decodes an empty document into an empty plan', () => {
    expect(readPlan(emptyPlanDoc())).toEqual({
      schemaVersion: 1,
      title: '',
      state: '',
      notes: '',
      goals: [],
      taNeeds: [],
    });
  });

  it('decodes every part of the plan and validates against the schema', () => {
    const doc = createPlanDoc();
    titleText(doc).insert(0, 'Ohio action plan');
    notesText(doc).insert(0, 'Meet again in July.');
    const g = addGoal(doc, { title: 'Extra', focusAreas: ['prevention'] }, 'extra');
    addStep(doc, g, { text: 'Step', partners: ['education'], practices: ['p1'] }, 's1');
    addTaNeed(doc, { topic: 'Data', priority: 'high' }, 't1');
    const plan = readPlan(doc);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan.title).toBe('Ohio action plan');
    expect(plan.notes).toBe('Meet again in July.');
    expect(plan.goals.at(-1)).toMatchObject({ id: 'extra', focusAreas: ['prevention'] });
    expect(plan.goals.at(-1)!.steps[0]).toMatchObject({
      partners: ['education'],
      practices: ['p1'],
    });
    expect(plan.taNeeds[0]).toMatchObject({ topic: 'Data', priority: 'high' });
  });

  it('rejects a document whose values do not fit the schema, naming the field', () => {
    const doc = emptyPlanDoc();
    addGoal(doc, {}, 'g1');
    addStep(doc, 'g1', {}, 's1');
    // What a faulty or hostile client could write directly into the document.
    const step = (findGoal(doc, 'g1')!.get('steps') as Y.Array<Y.Map<unknown>>).get(0);
    step.set('status', 'finished');
    expect(() => readPlan(doc)).toThrow();
    const r = safeReadPlan(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/goals\.0\.steps\.0\.status/);
  });

  it('rejects a goal without its steps list', () => {
    const doc = emptyPlanDoc();
    const bad = new Y.Map<unknown>();
    bad.set('id', 'g1');
    bad.set('order', 1);
    goalsArray(doc).push([bad]);
    expect(safeReadPlan(doc).ok).toBe(false);
  });
});
