import { describe, expect, it } from 'vitest';
import {
  addGoal,
  addStep,
  addTaNeed,
  removeGoal,
  removeStep,
  removeTaNeed,
  setGoalTitle,
  setStepField,
  setStepText,
} from './edit';
import { readPlan } from './model';
import { emptyPlanDoc } from './template';
import { describeChange, isBulkChange } from './describeChange';

function twoGoals() {
  const doc = emptyPlanDoc();
  addGoal(doc, { title: 'Find victims early' }, 'g1');
  addGoal(doc, { title: 'Train caseworkers' }, 'g2');
  addStep(doc, 'g2', { text: 'Book the trainer' }, 's1');
  addStep(doc, 'g2', { text: 'Pick dates' }, 's2');
  return doc;
}

describe('describeChange', () => {
  it('names an added step by its number and its goal', () => {
    const doc = twoGoals();
    const before = readPlan(doc);
    addStep(doc, 'g2', { text: 'Invite judges' }, 's3');
    expect(describeChange(before, readPlan(doc))).toEqual([
      { itemId: 's3', text: 'added step 3 to goal 2' },
    ]);
  });

  it('says which field of which step changed', () => {
    const doc = twoGoals();
    const before = readPlan(doc);
    setStepField(doc, 's2', 'due', '2015-09-01');
    expect(describeChange(before, readPlan(doc))).toEqual([
      { itemId: 's2', text: 'changed the target date of step 2 in goal 2' },
    ]);
    const mid = readPlan(doc);
    setStepText(doc, 's1', 'text', 'Book the trainer now');
    setStepText(doc, 's1', 'owner', 'Ana');
    expect(describeChange(mid, readPlan(doc))[0]!.text).toBe(
      'changed the text and owner of step 1 in goal 2',
    );
  });

  it('keeps a deleted goal whole, with every step, and its name in quotes', () => {
    const doc = twoGoals();
    const before = readPlan(doc);
    removeGoal(doc, 'g2');
    const lines = describeChange(before, readPlan(doc));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe('deleted goal 2 “Train caseworkers”');
    expect(lines[0]!.deleted).toMatchObject({
      kind: 'goal',
      goal: { id: 'g2', steps: [{ id: 's1', text: 'Book the trainer' }, { id: 's2' }] },
    });
  });

  it('keeps a deleted step with its goal, and a deleted TA need', () => {
    const doc = twoGoals();
    addTaNeed(doc, { topic: 'Data sharing' }, 't1');
    const before = readPlan(doc);
    removeStep(doc, 's1');
    removeTaNeed(doc, 't1');
    setGoalTitle(doc, 'g1', 'Find victims sooner');
    const lines = describeChange(before, readPlan(doc));
    expect(lines.map((l) => l.text)).toEqual([
      'changed the title of goal 1 “Find victims sooner”',
      'deleted step 1 “Book the trainer” from goal 2',
      'deleted the TA need “Data sharing”',
    ]);
    expect(lines[1]!.deleted).toMatchObject({
      kind: 'step',
      goalId: 'g2',
      goalTitle: 'Train caseworkers',
    });
  });

  it('reports nothing for no change', () => {
    const doc = twoGoals();
    expect(describeChange(readPlan(doc), readPlan(doc))).toEqual([]);
  });
});

describe('isBulkChange', () => {
  it('is true for a deleted goal or more than five steps, not for five', () => {
    const doc = twoGoals();
    for (let i = 0; i < 6; i++) addStep(doc, 'g1', { text: `s${i}` }, `x${i}`);
    const before = readPlan(doc);
    for (let i = 0; i < 5; i++) removeStep(doc, `x${i}`);
    const five = describeChange(before, readPlan(doc));
    expect(isBulkChange(five)).toBe(false);
    removeStep(doc, 'x5');
    expect(isBulkChange(describeChange(before, readPlan(doc)))).toBe(true);
    const b2 = readPlan(doc);
    removeGoal(doc, 'g1');
    expect(isBulkChange(describeChange(b2, readPlan(doc)))).toBe(true);
  });

  it('is true when a deleted item comes back (a restore)', () => {
    const doc = twoGoals();
    const before = readPlan(doc);
    addStep(doc, 'g1', { text: 'back' }, 'old');
    const lines = describeChange(before, readPlan(doc));
    expect(isBulkChange(lines)).toBe(false);
    expect(isBulkChange(lines, (id) => id === 'old')).toBe(true);
  });
});
