/**
 * The per-sync check (validateChange.ts) against the whole-plan check
 * (validate.ts, readPlan) on the same updates: a seeded run of valid edits
 * and malformed ones, each applied to the endpoint's document; for every
 * update both must agree on "still a plan" or not.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkChange } from './validateChange';
import { validatePlanDoc } from './validate';
import { newPlanDoc } from './loadDoc';
import { rng } from '../../test/planSyncKit';
import { createPlanDoc } from '../../../src/domain/plan/template';
import {
  goalsArray,
  metaMap,
  notesText,
  readPlan,
  taArray,
  titleText,
} from '../../../src/domain/plan/model';
import {
  addGoal,
  addPartner,
  addStep,
  addTaNeed,
  removeGoal,
  removeStep,
  setGoalFocus,
  setStepField,
  setStepText,
  setTaPriority,
} from '../../../src/domain/plan/edit';

type Edit = (doc: Y.Doc, r: () => number) => void;

const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;
const steps = (doc: Y.Doc) => readPlan(doc).goals.flatMap((g) => g.steps);
const stepMaps = (doc: Y.Doc) =>
  goalsArray(doc)
    .toArray()
    .flatMap((g) => (g.get('steps') as Y.Array<Y.Map<unknown>>).toArray());

const VALID: Edit[] = [
  (d, r) => void addStep(d, pick(readPlan(d).goals, r).id, { text: 'step' }),
  (d, r) => {
    const s = steps(d);
    if (s.length) setStepText(d, pick(s, r).id, 'text', `typed ${r()}`);
  },
  (d) => notesText(d).insert(0, 'note '),
  (d) => titleText(d).insert(0, 'T'),
  (d) => void addTaNeed(d, { topic: 'Data', priority: 'low' }),
  (d, r) => {
    const t = readPlan(d).taNeeds;
    if (t.length) setTaPriority(d, pick(t, r).id, 'high');
  },
  (d, r) => {
    const s = steps(d);
    if (s.length) removeStep(d, pick(s, r).id);
  },
  (d, r) => {
    const s = steps(d);
    if (s.length) addPartner(d, pick(s, r).id, 'Local schools');
  },
  (d) => void addGoal(d, { title: 'New goal' }),
  (d, r) => {
    const g = readPlan(d).goals;
    if (g.length > 1) removeGoal(d, pick(g, r).id);
  },
  (d, r) => setGoalFocus(d, pick(readPlan(d).goals, r).id, 'prevention', true),
  (d, r) => {
    const s = steps(d);
    if (s.length) setStepField(d, pick(s, r).id, 'status', 'done');
  },
  (d) => {
    const n = notesText(d);
    if (n.length > 2) n.delete(0, 2);
  },
];

const INVALID: Edit[] = [
  (d) => {
    const t = new Y.Map<unknown>();
    t.set('id', 'plain');
    t.set('topic', 'plain');
    t.set('description', new Y.Text());
    t.set('priority', 'low');
    taArray(d).push([t]);
  },
  (d, r) => pick(goalsArray(d).toArray(), r).set('extra', 'x'),
  (d) => notesText(d).insertEmbed(0, { a: 1 }),
  (d) => notesText(d).format(0, 1, { bold: true }),
  (d) => metaMap(d).set('extra', 1),
  (d) => metaMap(d).set('state', 'Ohio'),
  (d, r) => {
    const s = stepMaps(d);
    if (s.length) pick(s, r).set('status', 'bogus');
  },
  (d, r) => {
    const s = stepMaps(d);
    if (s.length) pick(s, r).set('due', 'tomorrow');
  },
  (d, r) => pick(goalsArray(d).toArray(), r).set('order', 'first'),
  (d, r) => pick(goalsArray(d).toArray(), r).delete('id'),
  (d) => goalsArray(d).push(['a string'] as unknown as Y.Map<unknown>[]),
  (d, r) => (pick(goalsArray(d).toArray(), r).get('focus') as Y.Map<unknown>).set('x', 'no'),
  (d, r) => (pick(goalsArray(d).toArray(), r).get('focus') as Y.Map<unknown>).set('bogus', true),
  (d, r) =>
    (pick(goalsArray(d).toArray(), r).get('steps') as Y.Array<unknown>).push([new Y.Text('x')]),
  (d, r) => {
    const s = stepMaps(d);
    if (s.length) (pick(s, r).get('lead') as Y.Text).insertEmbed(0, new Y.Map());
  },
  (d, r) => {
    const g = goalsArray(d).toArray();
    const bad = new Y.Map<unknown>();
    bad.set('id', 'Not An Id');
    pick(g, r).set('steps', new Y.Array());
    taArray(d).push([bad]);
  },
];

describe('per-sync check agrees with the whole-plan check', () => {
  it('on 1,500 seeded valid and malformed updates', () => {
    const random = rng(1234);
    let server = newPlanDoc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(createPlanDoc()));
    let refused = 0;
    for (let i = 0; i < 1500; i++) {
      const device = new Y.Doc();
      Y.applyUpdate(device, Y.encodeStateAsUpdate(server));
      const sv = Y.encodeStateVector(device);
      const edit = random() < 0.6 ? pick(VALID, random) : pick(INVALID, random);
      edit(device, random);
      const update = Y.encodeStateAsUpdate(device, sv);
      const before = Y.encodeStateAsUpdate(server);
      // Reference: a copy with the update applied, checked whole.
      const copy = newPlanDoc();
      Y.applyUpdate(copy, before);
      Y.applyUpdate(copy, update);
      const whole = validatePlanDoc(copy);
      // Under test: the endpoint's document, checked by what changed.
      const trs: Y.Transaction[] = [];
      const onTr = (t: Y.Transaction) => void trs.push(t);
      server.on('afterTransaction', onTr);
      Y.applyUpdate(server, update);
      server.off('afterTransaction', onTr);
      const incremental = trs.map((t) => checkChange(server, t)).find((p) => p !== null) ?? null;
      expect({ i, ok: incremental === null, whole }).toEqual({ i, ok: whole === null, whole });
      if (incremental !== null) {
        refused++;
        // Refused: the endpoint drops its document and reloads what it stored.
        server = newPlanDoc();
        Y.applyUpdate(server, before);
      }
    }
    expect(refused).toBeGreaterThan(300);
    expect(validatePlanDoc(server)).toBeNull();
  });
});
