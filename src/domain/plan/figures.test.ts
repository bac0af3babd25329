import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addGoal,
  addStep,
  addTaNeed,
  moveStep,
  removeStep,
  setGoalTitle,
  setStepField,
  setStepText,
  setTaPriority,
} from './edit';
import { MANDATES } from './mandates';
import { goalsArray, notesText, readPlan } from './model';
import { createPlanDoc } from './template';
import { countChanges, planFigures } from './figures';

function copy(doc: Y.Doc): Y.Doc {
  const next = new Y.Doc();
  Y.applyUpdate(next, Y.encodeStateAsUpdate(doc));
  return next;
}

describe('planFigures', () => {
  it('counts goals, steps by status, TA needs by priority and mandates without a step', () => {
    const doc = createPlanDoc();
    const first = goalsArray(doc).get(0).get('id') as string;
    const s1 = addStep(doc, first, { text: 'a' });
    const s2 = addStep(doc, first, { text: 'b' });
    setStepField(doc, s2, 'status', 'done');
    const extra = addGoal(doc, { title: 'Our own' });
    const s3 = addStep(doc, extra, { text: 'c' });
    setStepField(doc, s3, 'status', 'blocked');
    addTaNeed(doc, { topic: 'Data', priority: 'high' });
    addTaNeed(doc, { topic: 'Training', priority: 'low' });
    addTaNeed(doc, { topic: 'Courts', priority: 'high' });
    const f = planFigures(readPlan(doc));
    expect(s1).toBeTruthy();
    expect(f.goals).toBe(MANDATES.length + 1);
    expect(f.steps).toBe(3);
    expect(f.stepsByStatus).toEqual({ 'not-started': 1, 'in-progress': 0, done: 1, blocked: 1 });
    expect(f.taNeedsByPriority).toEqual({ high: 2, medium: 0, low: 1 });
    const firstMandate = readPlan(doc).goals[0]!.mandateId;
    expect(f.mandatesWithoutSteps).toEqual(
      MANDATES.map((m) => m.id).filter((id) => id !== firstMandate),
    );
  });

  it('lists every mandate for the template with no steps', () => {
    expect(planFigures(readPlan(createPlanDoc())).mandatesWithoutSteps).toHaveLength(
      MANDATES.length,
    );
  });
});

describe('countChanges', () => {
  it('is 0 for the same plan', () => {
    const doc = createPlanDoc();
    expect(countChanges(readPlan(doc), readPlan(copy(doc)))).toBe(0);
  });

  it('counts each added or removed item once and each changed field once', () => {
    const doc = createPlanDoc();
    const goal = goalsArray(doc).get(0).get('id') as string;
    const keep = addStep(doc, goal, { text: 'Train caseworkers' });
    const drop = addStep(doc, goal, { text: 'Gone soon' });
    const ta = addTaNeed(doc, { topic: 'Data', priority: 'low' });
    const before = readPlan(doc);
    const later = copy(doc);
    setStepText(later, keep, 'lead', 'Department of Human Services'); // 1 field
    setStepField(later, keep, 'status', 'in-progress'); // 1 field
    removeStep(later, drop); // 1 removed step
    addTaNeed(later, { topic: 'New' }); // 1 added TA need
    setTaPriority(later, ta, 'high'); // 1 field
    notesText(later).insert(0, 'Meet in July'); // 1 head field
    setGoalTitle(later, goal, 'Renamed'); // 1 goal field
    expect(countChanges(before, readPlan(later))).toBe(7);
    expect(countChanges(readPlan(later), before)).toBe(7);
  });

  it('counts a new goal with steps as the goal plus each step', () => {
    const doc = createPlanDoc();
    const before = readPlan(doc);
    const g = addGoal(doc, { title: 'New' });
    addStep(doc, g, { text: 'one' });
    addStep(doc, g, { text: 'two' });
    expect(countChanges(before, readPlan(doc))).toBe(3);
  });

  it('counts a moved step as one change per place field that differs', () => {
    const doc = createPlanDoc();
    const goal = goalsArray(doc).get(0).get('id') as string;
    addStep(doc, goal, { text: 'a' });
    const b = addStep(doc, goal, { text: 'b' });
    const before = readPlan(doc);
    moveStep(doc, b, -1);
    // Only b's order changes (fractional keys), so one change.
    expect(countChanges(before, readPlan(doc))).toBe(1);
  });
});
