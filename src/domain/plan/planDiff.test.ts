import { describe, expect, it } from 'vitest';
import { addGoal, addStep, addTaNeed, removeStep, setStepText, setTaPriority } from './edit';
import { readPlan } from './model';
import { emptyPlanDoc } from './template';
import { diffPlans, summarizeDiff } from './planDiff';

describe('diffPlans', () => {
  it('lists added, removed and changed items with the text before and after', () => {
    const doc = emptyPlanDoc();
    addGoal(doc, { title: 'Goal A' }, 'g1');
    addStep(doc, 'g1', { text: 'Old words' }, 's1');
    addStep(doc, 'g1', { text: 'Gone soon' }, 's2');
    addTaNeed(doc, { topic: 'Data', priority: 'low' }, 't1');
    const version = readPlan(doc);
    setStepText(doc, 's1', 'text', 'New words');
    removeStep(doc, 's2');
    addStep(doc, 'g1', { text: 'Fresh' }, 's3');
    setTaPriority(doc, 't1', 'high');
    const { changes } = diffPlans(version, readPlan(doc));
    expect(changes.map((c) => [c.kind, c.target, c.id])).toEqual([
      ['changed', 'step', 's1'],
      ['added', 'step', 's3'],
      ['removed', 'step', 's2'],
      ['changed', 'taNeed', 't1'],
    ]);
    expect(changes[0]!.fields).toEqual([
      { field: 'text', label: 'text', before: 'Old words', after: 'New words' },
    ]);
    expect(changes[2]!.step?.text).toBe('Gone soon');
    expect(changes[3]!.fields[0]).toMatchObject({ before: 'low', after: 'high' });
    expect(summarizeDiff({ changes })).toBe(
      '1 step added, 1 step removed, 1 step changed, 1 TA need changed',
    );
  });

  it('reports a new goal once, not each of its steps', () => {
    const doc = emptyPlanDoc();
    const before = readPlan(doc);
    addGoal(doc, { title: 'New' }, 'g1');
    addStep(doc, 'g1', { text: 'one' }, 's1');
    const { changes } = diffPlans(before, readPlan(doc));
    expect(changes.map((c) => [c.kind, c.target])).toEqual([['added', 'goal']]);
    expect(summarizeDiff(diffPlans(before, before))).toBe('No changes');
  });
});
