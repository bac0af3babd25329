import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addGoal,
  addPartner,
  addStep,
  addTaNeed,
  linkPractice,
  moveGoal,
  moveStep,
  partnerKey,
  removeGoal,
  removePartner,
  removeStep,
  removeTaNeed,
  setGoalFocus,
  setGoalTitle,
  setPlanState,
  setStepField,
  setStepText,
  setTaPriority,
  setTaText,
  unlinkPractice,
} from './edit';
import { readPlan, findStep } from './model';
import { emptyPlanDoc } from './template';

function fresh() {
  const doc = emptyPlanDoc();
  const g = addGoal(doc, { title: 'Goal one' }, 'g1');
  return { doc, g };
}

describe('goals', () => {
  it('addGoal appends a goal with its title, mandate and focus areas', () => {
    const { doc } = fresh();
    addGoal(doc, { title: 'Two', mandateId: 'appla-16', focusAreas: ['placement'] }, 'g2');
    const plan = readPlan(doc);
    expect(plan.goals.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(plan.goals[1]).toMatchObject({
      title: 'Two',
      mandateId: 'appla-16',
      focusAreas: ['placement'],
    });
  });

  it('addGoal creates a fresh random id when none is given', () => {
    const { doc } = fresh();
    const a = addGoal(doc);
    const b = addGoal(doc);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z0-9]{16}$/);
  });

  it('removeGoal removes only that goal', () => {
    const { doc } = fresh();
    addGoal(doc, {}, 'g2');
    expect(removeGoal(doc, 'g1')).toBe(true);
    expect(removeGoal(doc, 'nope')).toBe(false);
    expect(readPlan(doc).goals.map((g) => g.id)).toEqual(['g2']);
  });

  it('moveGoal moves up and down and refuses past the ends', () => {
    const { doc } = fresh();
    addGoal(doc, {}, 'g2');
    addGoal(doc, {}, 'g3');
    expect(moveGoal(doc, 'g3', -1)).toBe(true);
    expect(readPlan(doc).goals.map((g) => g.id)).toEqual(['g1', 'g3', 'g2']);
    expect(moveGoal(doc, 'g1', -1)).toBe(false);
    expect(moveGoal(doc, 'g1', 1)).toBe(true);
    expect(readPlan(doc).goals.map((g) => g.id)).toEqual(['g3', 'g1', 'g2']);
  });

  it('moving many times keeps a consistent order (renumbers when needed)', () => {
    const { doc } = fresh();
    addGoal(doc, {}, 'g2');
    addGoal(doc, {}, 'g3');
    for (let i = 0; i < 80; i++) {
      moveGoal(doc, 'g3', -1);
      moveGoal(doc, 'g3', 1);
      moveGoal(doc, 'g2', 1);
      moveGoal(doc, 'g2', -1);
    }
    expect(readPlan(doc).goals.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
  });

  it('a move and a concurrent edit of the same goal both survive', () => {
    const { doc: a } = fresh();
    addGoal(a, { title: 'Second' }, 'g2');
    const b = emptyPlanDoc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveGoal(a, 'g2', -1);
    setGoalTitle(b, 'g2', 'Second goal');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const plan = readPlan(a);
    expect(plan.goals.map((g) => [g.id, g.title])).toEqual([
      ['g2', 'Second goal'],
      ['g1', 'Goal one'],
    ]);
  });

  it('setGoalFocus turns focus areas on and off', () => {
    const { doc } = fresh();
    setGoalFocus(doc, 'g1', 'prevention', true);
    setGoalFocus(doc, 'g1', 'training', true);
    setGoalFocus(doc, 'g1', 'prevention', false);
    expect(readPlan(doc).goals[0]!.focusAreas).toEqual(['training']);
  });

  it('setGoalTitle edits the title', () => {
    const { doc } = fresh();
    setGoalTitle(doc, 'g1', 'Goal one, revised');
    expect(readPlan(doc).goals[0]!.title).toBe('Goal one, revised');
  });
});

describe('steps', () => {
  it('addStep adds a step with defaults', () => {
    const { doc, g } = fresh();
    addStep(doc, g, { text: 'Write protocol' }, 's1');
    expect(readPlan(doc).goals[0]!.steps[0]).toEqual({
      id: 's1',
      order: 1,
      text: 'Write protocol',
      lead: '',
      owner: '',
      due: '',
      status: 'not-started',
      partners: [],
      practices: [],
    });
  });

  it('addStep refuses an unknown goal', () => {
    const { doc } = fresh();
    expect(() => addStep(doc, 'nope')).toThrow(/no goal/);
  });

  it('moveStep reorders within the goal', () => {
    const { doc, g } = fresh();
    addStep(doc, g, {}, 's1');
    addStep(doc, g, {}, 's2');
    addStep(doc, g, {}, 's3');
    moveStep(doc, 's1', 1);
    expect(readPlan(doc).goals[0]!.steps.map((s) => s.id)).toEqual(['s2', 's1', 's3']);
    expect(moveStep(doc, 's3', 1)).toBe(false);
  });

  it('removeStep removes the step', () => {
    const { doc, g } = fresh();
    addStep(doc, g, {}, 's1');
    addStep(doc, g, {}, 's2');
    expect(removeStep(doc, 's1')).toBe(true);
    expect(removeStep(doc, 's1')).toBe(false);
    expect(readPlan(doc).goals[0]!.steps.map((s) => s.id)).toEqual(['s2']);
  });

  it('setStepField sets date and status, and rejects bad values', () => {
    const { doc, g } = fresh();
    addStep(doc, g, {}, 's1');
    setStepField(doc, 's1', 'due', '2015-09-29');
    setStepField(doc, 's1', 'status', 'blocked');
    expect(readPlan(doc).goals[0]!.steps[0]).toMatchObject({
      due: '2015-09-29',
      status: 'blocked',
    });
    expect(() => setStepField(doc, 's1', 'due', 'next week')).toThrow(/YYYY-MM-DD/);
    expect(() => setStepField(doc, 's1', 'status', 'finished')).toThrow(/status/);
  });

  it('setStepText edits text, lead agency and owner role with minimal changes', () => {
    const { doc, g } = fresh();
    addStep(doc, g, { text: 'Draft the protocol' }, 's1');
    setStepText(doc, 's1', 'text', 'Draft the screening protocol');
    setStepText(doc, 's1', 'lead', 'Child welfare agency');
    setStepText(doc, 's1', 'owner', 'Deputy director');
    expect(readPlan(doc).goals[0]!.steps[0]).toMatchObject({
      text: 'Draft the screening protocol',
      lead: 'Child welfare agency',
      owner: 'Deputy director',
    });
  });

  it('addPartner takes standard partners by id or label and free entries', () => {
    const { doc, g } = fresh();
    addStep(doc, g, {}, 's1');
    expect(addPartner(doc, 's1', 'law-enforcement')).toBe('law-enforcement');
    expect(addPartner(doc, 's1', 'education')).toBe('education');
    expect(addPartner(doc, 's1', '  Tribal   court ')).toBe('other:Tribal court');
    expect(addPartner(doc, 's1', 'Caregivers')).toBe('caregivers');
    removePartner(doc, 's1', 'education');
    expect(readPlan(doc).goals[0]!.steps[0]!.partners).toEqual([
      'caregivers',
      'law-enforcement',
      'other:Tribal court',
    ]);
    expect(() => addPartner(doc, 's1', '   ')).toThrow(/empty/);
    expect(partnerKey('Courts / CIP')).toBe('courts-cip');
  });

  it('linkPractice and unlinkPractice attach library practices to a step', () => {
    const { doc, g } = fresh();
    addStep(doc, g, {}, 's1');
    linkPractice(doc, 's1', 'multidisciplinary-teams');
    linkPractice(doc, 's1', 'multidisciplinary-teams');
    linkPractice(doc, 's1', 'screening');
    unlinkPractice(doc, 's1', 'screening');
    expect(readPlan(doc).goals[0]!.steps[0]!.practices).toEqual(['multidisciplinary-teams']);
  });

  it('findStep finds a step in any goal', () => {
    const { doc } = fresh();
    addGoal(doc, {}, 'g2');
    addStep(doc, 'g2', {}, 's9');
    expect(findStep(doc, 's9')?.goal.get('id')).toBe('g2');
  });
});

describe('TA needs, title, State', () => {
  it('adds, edits, reprioritises and removes TA needs', () => {
    const { doc } = fresh();
    addTaNeed(doc, { topic: 'Screening tools' }, 't1');
    addTaNeed(doc, { topic: 'Data', priority: 'low' }, 't2');
    setTaText(doc, 't1', 'description', 'Validated tools for ages 10 and up');
    setTaPriority(doc, 't1', 'high');
    removeTaNeed(doc, 't2');
    expect(readPlan(doc).taNeeds).toEqual([
      {
        id: 't1',
        topic: 'Screening tools',
        description: 'Validated tools for ages 10 and up',
        priority: 'high',
      },
    ]);
  });

  it('setPlanState accepts postal codes only', () => {
    const { doc } = fresh();
    setPlanState(doc, 'OH');
    expect(readPlan(doc).state).toBe('OH');
    expect(() => setPlanState(doc, 'Ohio')).toThrow(/postal/);
  });
});
