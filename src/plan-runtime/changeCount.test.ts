// "Offline: N changes waiting" counts what a person changed (issue 15, item 9):
// four fields edited over 39 keystrokes are 4 changes, not 39 updates.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addStep,
  createPlanDoc,
  findStep,
  itemText,
  readPlan,
  removeStep,
  setStepField,
  titleText,
  notesText,
} from '../domain/plan';
import { countChangedFields } from './changeCount';

/** A plan with one step already synced, and the updates made after that. */
function setUp() {
  const doc = createPlanDoc();
  const goalId = readPlan(doc).goals[0]!.id;
  const stepId = addStep(doc, goalId);
  const unsent: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => unsent.push(u));
  return { doc, goalId, stepId, unsent };
}

function typeInto(text: Y.Text, words: string) {
  for (const ch of words) text.doc!.transact(() => text.insert(text.length, ch));
}

describe('countChangedFields', () => {
  it('is 0 with nothing waiting', () => {
    const { doc } = setUp();
    expect(countChangedFields(doc, [])).toBe(0);
  });

  it('counts fields, not keystrokes', () => {
    const { doc, stepId, unsent } = setUp();
    const step = findStep(doc, stepId)!.step;
    typeInto(titleText(doc), 'Kansas plan'); // 11 keystrokes
    typeInto(notesText(doc), 'Call the court'); // 14
    typeInto(itemText(step, 'text'), 'Train staff'); // 11
    setStepField(doc, stepId, 'status', 'in-progress');
    setStepField(doc, stepId, 'status', 'done');
    typeInto(titleText(doc), '!!!'); // the title again
    expect(unsent.length).toBeGreaterThan(39);
    expect(countChangedFields(doc, unsent)).toBe(4);
  });

  it('counts deleting text in a field as a change to that field', () => {
    const { doc, unsent } = setUp();
    const title = titleText(doc);
    title.insert(0, 'Draft');
    unsent.length = 0; // synced
    doc.transact(() => title.delete(0, 2));
    doc.transact(() => title.delete(0, 1));
    expect(countChangedFields(doc, unsent)).toBe(1);
  });

  it('a new step with its text typed in is one change; removing a step is one', () => {
    const { doc, goalId, stepId, unsent } = setUp();
    const added = addStep(doc, goalId);
    typeInto(itemText(findStep(doc, added)!.step, 'text'), 'Write the protocol');
    setStepField(doc, added, 'due', '2015-09-01');
    expect(countChangedFields(doc, unsent)).toBe(1);
    removeStep(doc, stepId);
    expect(countChangedFields(doc, unsent)).toBe(2);
  });
});
