import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addGoal,
  addPartner,
  addStep,
  addTaNeed,
  createPlanDoc,
  linkPractice,
  moveGoal,
  moveStep,
  readCheckedPlan,
  readPlan,
  removePartner,
  removeStep,
  setGoalFocus,
  setGoalTitle,
  setStepField,
  setStepText,
  setTaText,
} from '../../../src/domain/plan';
import { PlanReader } from './planReader';

/** A small seeded generator, so a failure replays. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function anyStep(doc: Y.Doc, r: () => number): string | undefined {
  const ids = readPlan(doc).goals.flatMap((g) => g.steps.map((s) => s.id));
  return ids[Math.floor(r() * ids.length)];
}

/** One random edit of every kind a plan sees. */
function randomEdit(doc: Y.Doc, r: () => number, n: number) {
  const plan = readPlan(doc);
  const goal = plan.goals[Math.floor(r() * plan.goals.length)]!;
  const step = anyStep(doc, r);
  const pick = Math.floor(r() * 12);
  if (pick === 0 || !step) addStep(doc, goal.id, { text: `step ${n}` });
  else if (pick === 1) setStepText(doc, step, 'text', `typed ${n}`);
  else if (pick === 2) setStepText(doc, step, 'owner', `owner ${n}`);
  else if (pick === 3) setStepField(doc, step, 'status', r() < 0.5 ? 'done' : 'blocked');
  else if (pick === 4) addPartner(doc, step, `partner ${n % 3}`);
  else if (pick === 5) removePartner(doc, step, 'partner-0');
  else if (pick === 6) moveStep(doc, step, r() < 0.5 ? -1 : 1);
  else if (pick === 7) removeStep(doc, step);
  else if (pick === 8) linkPractice(doc, step, `practice-${n % 4}`);
  else if (pick === 9) setGoalTitle(doc, goal.id, `goal ${n}`);
  else if (pick === 10 && r() < 0.5) moveGoal(doc, goal.id, 1);
  else if (pick === 10) setGoalFocus(doc, goal.id, 'prevention', r() < 0.5);
  else if (n % 7 === 0) addGoal(doc, { title: `new goal ${n}` });
  else setTaText(doc, addTaNeed(doc), 'topic', `ta ${n}`);
}

describe('PlanReader', () => {
  it('reads what readCheckedPlan reads, through local and remote edits of every kind', () => {
    const r = rng(7);
    const server = createPlanDoc();
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
    const reader = new PlanReader(server);
    for (let n = 0; n < 400; n++) {
      // Most edits arrive from the device as updates (the endpoint's case), some are local.
      if (r() < 0.8) {
        const sv = Y.encodeStateVector(server);
        randomEdit(device, r, n);
        Y.applyUpdate(server, Y.encodeStateAsUpdate(device, sv), 'device');
      } else {
        randomEdit(server, r, n);
        Y.applyUpdate(device, Y.encodeStateAsUpdate(server, Y.encodeStateVector(device)));
      }
      if (n % 5 === 0) expect(reader.read()).toEqual(readCheckedPlan(server));
    }
    expect(reader.read()).toEqual(readCheckedPlan(server));
  });

  it('decodes again only the steps a transaction changed', () => {
    const doc = createPlanDoc();
    const goal = readPlan(doc).goals[0]!.id;
    const a = addStep(doc, goal, { text: 'a' });
    const b = addStep(doc, goal, { text: 'b' });
    const reader = new PlanReader(doc);
    const first = reader.read();
    const stepOf = (p: typeof first, id: string) =>
      p.goals.flatMap((g) => g.steps).find((s) => s.id === id)!;
    setStepText(doc, a, 'text', 'a, typed');
    const second = reader.read();
    expect(stepOf(second, b)).toBe(stepOf(first, b));
    expect(stepOf(second, a)).not.toBe(stepOf(first, a));
    expect(stepOf(second, a).text).toBe('a, typed');
    expect(Object.isFrozen(stepOf(second, b))).toBe(true);
  });

  it('stops following the document when stopped', () => {
    const doc = createPlanDoc();
    const goal = readPlan(doc).goals[0]!.id;
    const a = addStep(doc, goal, { text: 'a' });
    const reader = new PlanReader(doc);
    reader.read();
    reader.stop();
    setStepText(doc, a, 'text', 'changed');
    // Stopped, it no longer sees changes: the caller drops it with the document.
    expect(reader.read().goals[0]!.steps.find((s) => s.id === a)!.text).toBe('a');
  });
});
