import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addGoal, addPartner, addStep, removeGoal, removeStep, setStepText } from './edit';
import { readPlan } from './model';
import { emptyPlanDoc } from './template';
import { restoreDeleted, restoreVersion } from './restore';

function planWithGoal() {
  const doc = emptyPlanDoc();
  addGoal(doc, { title: 'Serve victims', focusAreas: ['placement'] }, 'g1');
  addStep(doc, 'g1', { text: 'Screen at intake', lead: 'Ana', due: '2015-08-01' }, 's1');
  addStep(doc, 'g1', { text: 'Train staff' }, 's2');
  addPartner(doc, 's1', 'Local shelter');
  return doc;
}

describe('restore', () => {
  it('brings a deleted goal back with every step and text, once', () => {
    const doc = planWithGoal();
    const whole = readPlan(doc).goals[0]!;
    removeGoal(doc, 'g1');
    restoreDeleted(doc, { kind: 'goal', goal: whole });
    restoreDeleted(doc, { kind: 'goal', goal: whole });
    expect(readPlan(doc).goals).toEqual([
      { ...whole, order: readPlan(doc).goals[0]!.order, steps: readPlan(doc).goals[0]!.steps },
    ]);
    const steps = readPlan(doc).goals[0]!.steps;
    expect(steps.map((s) => [s.id, s.text, s.lead, s.due, s.partners])).toEqual([
      ['s1', 'Screen at intake', 'Ana', '2015-08-01', ['other:Local shelter']],
      ['s2', 'Train staff', '', '', []],
    ]);
  });

  it('brings a deleted step back into its goal, and the goal too if it is gone', () => {
    const doc = planWithGoal();
    const step = readPlan(doc).goals[0]!.steps[1]!;
    removeGoal(doc, 'g1');
    restoreDeleted(doc, { kind: 'step', goalId: 'g1', goalTitle: 'Serve victims', step });
    expect(readPlan(doc).goals[0]).toMatchObject({
      id: 'g1',
      title: 'Serve victims',
      steps: [{ id: 's2' }],
    });
  });

  it('restores a whole version as edits that merge with concurrent typing', () => {
    const a = planWithGoal();
    const version = readPlan(a);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    removeStep(a, 's2');
    setStepText(a, 's1', 'text', 'Changed');
    addStep(a, 'g1', { text: 'Added later' }, 's3');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    // b types offline into the goal title while a restores.
    const t = b.getArray<Y.Map<unknown>>('goals').get(0).get('title') as Y.Text;
    t.insert(t.length, ' (urgent)');
    restoreVersion(a, version);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const plan = readPlan(a);
    expect(JSON.stringify(plan)).toBe(JSON.stringify(readPlan(b)));
    expect(plan.goals[0]!.title).toBe('Serve victims (urgent)');
    expect(plan.goals[0]!.steps.map((s) => [s.id, s.text])).toEqual([
      ['s1', 'Screen at intake'],
      ['s2', 'Train staff'],
    ]);
  });

  it('is undone by an UndoManager in one step', () => {
    const doc = planWithGoal();
    const version = readPlan(doc);
    removeGoal(doc, 'g1');
    const undo = new Y.UndoManager(
      [doc.getArray('goals'), doc.getText('title'), doc.getText('notes')],
      {
        trackedOrigins: new Set([null]),
      },
    );
    restoreVersion(doc, version);
    expect(readPlan(doc).goals).toHaveLength(1);
    undo.undo();
    expect(readPlan(doc).goals).toHaveLength(0);
  });
});
