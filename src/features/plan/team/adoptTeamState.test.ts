// Undo is disabled on a device that has nothing to undo (issue 15, item 9):
// the State the app fills in on joining a team is not the person's edit.
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPlanDoc, planRootTypes, readPlan, setPlanState } from '../../../domain/plan';
import { adoptTeamState } from './adoptTeamState';

it("takes the team's State without giving Undo anything to do", () => {
  const doc = createPlanDoc();
  const undo = new Y.UndoManager(planRootTypes(doc), { captureTimeout: 600 });
  adoptTeamState(doc, 'KS');
  expect(readPlan(doc).state).toBe('KS');
  expect(undo.canUndo()).toBe(false);
});

it('keeps a State the person chose', () => {
  const doc = createPlanDoc();
  setPlanState(doc, 'OR');
  adoptTeamState(doc, 'KS');
  expect(readPlan(doc).state).toBe('OR');
});
