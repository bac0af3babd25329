import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addGoal, addStep, addTaNeed, setStepText } from './edit';
import { exportPlan, fromBase64, importPlan, toBase64 } from './exchange';
import { readPlan, titleText } from './model';
import { createPlanDoc, templateGoalId } from './template';

const FIRST = templateGoalId('identify-document-serve');

describe('export and import', () => {
  it('base64 round-trips bytes', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('an export imported into an empty device gives the same plan', () => {
    const a = createPlanDoc();
    titleText(a).insert(0, 'Plan A');
    addStep(a, FIRST, { text: 'Train staff', due: '2015-09-29' }, 's1');
    addTaNeed(a, { topic: 'Data' }, 't1');
    const text = JSON.stringify(exportPlan(a, new Date('2015-06-11T17:00:00Z')));
    const b = createPlanDoc();
    const r = importPlan(b, text);
    expect(r).toMatchObject({ ok: true, mode: 'merged', steps: 1, taNeeds: 1, goals: 0 });
    expect(readPlan(b)).toEqual(readPlan(a));
  });

  it('import merges: edits on both sides are kept', () => {
    const a = createPlanDoc();
    addStep(a, FIRST, { text: 'From A' }, 'sa');
    const b = createPlanDoc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setStepText(b, 'sa', 'text', 'From A, edited on B');
    addStep(a, FIRST, { text: 'Second from A' }, 'sa2');
    importPlan(b, JSON.stringify(exportPlan(a)));
    expect(readPlan(b).goals[0]!.steps.map((s) => s.text)).toEqual([
      'From A, edited on B',
      'Second from A',
    ]);
  });

  it('a readable-only export adds the missing goals, steps and TA needs', () => {
    const a = createPlanDoc();
    addGoal(a, { title: 'New goal', focusAreas: ['prevention'] }, 'newgoal');
    addStep(a, 'newgoal', { text: 'Step in new goal', partners: ['education'] }, 's1');
    addStep(a, FIRST, { text: 'Step in template goal' }, 's2');
    addTaNeed(a, { topic: 'Training', priority: 'high' }, 't1');
    const { yjs: _yjs, ...readable } = exportPlan(a);
    const b = createPlanDoc();
    addStep(b, FIRST, { text: 'Kept' }, 'kept');
    const r = importPlan(b, JSON.stringify(readable));
    expect(r).toMatchObject({ ok: true, mode: 'added', goals: 1, steps: 2, taNeeds: 1 });
    const plan = readPlan(b);
    expect(plan.goals[0]!.steps.map((s) => s.text)).toEqual(['Kept', 'Step in template goal']);
    expect(plan.goals.at(-1)).toMatchObject({ title: 'New goal', focusAreas: ['prevention'] });
    expect(plan.goals.at(-1)!.steps[0]!.partners).toEqual(['education']);
    // Importing the same file again adds nothing.
    expect(importPlan(b, JSON.stringify(readable))).toMatchObject({
      goals: 0,
      steps: 0,
      taNeeds: 0,
    });
  });

  it('rejects bad files with a clear error and leaves the plan untouched', () => {
    const b = createPlanDoc();
    addStep(b, FIRST, { text: 'Mine' }, 'mine');
    const before = Y.encodeStateAsUpdate(b);
    expect(importPlan(b, 'not json')).toEqual({
      ok: false,
      error: expect.stringMatching(/not JSON/),
    });
    expect(importPlan(b, '{"hello":1}')).toEqual({
      ok: false,
      error: expect.stringMatching(/not a plan exported/),
    });
    const good = exportPlan(createPlanDoc());
    const wrong = { ...good, plan: { ...good.plan, goals: [{ id: 'BAD ID' }] } };
    const r = importPlan(b, JSON.stringify(wrong));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/plan\.goals\.0/);
    const corrupt = { ...good, yjs: toBase64(new Uint8Array([1, 2, 3, 4, 5, 6])) };
    expect(importPlan(b, JSON.stringify(corrupt))).toMatchObject({ ok: false });
    expect(Y.encodeStateAsUpdate(b)).toEqual(before);
  });
});
