/**
 * The history's batches (planDocs.ts): a team's changes are diffed once per
 * batch, not once per sync, and still name each line after whoever touched
 * its item; a deletion of goals or steps closes the open batch first, so a
 * goal added and deleted moments later still reaches "Recently deleted";
 * reading the history writes the open batch first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_PLAN_SETTINGS } from '../config';
import { addGoal, addStep, removeGoal, setStepText } from '../../../src/domain/plan/edit';
import { historyDevice, openHistoryTeam, type HistoryTeam } from '../../test/historyKit';

let team: HistoryTeam;
let storage: HistoryTeam['storage'];
let docs: HistoryTeam['docs'];

beforeEach(() => {
  // A delay long enough never to fire during a test: batches close on read.
  team = openHistoryTeam(
    'plan-history-batch-',
    { ...DEFAULT_PLAN_SETTINGS, historyDelayMs: 60_000 },
    1_000_000,
  );
  ({ storage, docs } = team);
});
afterEach(() => team.close());

/** A device of `memberId` whose every push is a second after the last. */
function device(memberId: string, doc?: Y.Doc) {
  const d = historyDevice(
    team,
    { timeZone: 'America/New_York', batched: true, applyAnswer: true },
    doc,
  );
  return { doc: d.doc, push: () => d.push(team.clock.now + 1000, memberId) };
}

const lines = () =>
  storage.planHistory
    .activity('t', 50)
    .map((r) => `${r.memberId}: ${r.line}`)
    .reverse();

describe('history batches', () => {
  it('two members typing in one batch: one diff, each line named after its author', async () => {
    const ana = device('ana');
    await ana.push();
    addGoal(ana.doc, { title: 'G' }, 'g');
    addStep(ana.doc, 'g', { text: 'first' }, 's1');
    addStep(ana.doc, 'g', { text: 'second' }, 's2');
    await ana.push();
    await docs.flushHistory('t');
    const before = lines().length;

    const ben = device('ben', new Y.Doc());
    Y.applyUpdate(ben.doc, Y.encodeStateAsUpdate(ana.doc));
    for (let i = 0; i < 5; i++) {
      setStepText(ana.doc, 's1', 'text', `first ${'a'.repeat(i + 1)}`);
      await ana.push();
      setStepText(ben.doc, 's2', 'text', `second ${'b'.repeat(i + 1)}`);
      await ben.push();
    }
    // Nothing written yet: ten syncs wait in one batch.
    expect(lines()).toHaveLength(before);
    await docs.flushHistory('t');
    const added = lines().slice(before);
    expect(added).toHaveLength(2);
    expect(added.find((l) => l.includes('step 1'))).toMatch(/^ana: changed/);
    expect(added.find((l) => l.includes('step 2'))).toMatch(/^ben: changed/);
  });

  it('six teammates typing in six steps during one batch is no bulk change; one person changing six is', async () => {
    const ana = device('ana');
    await ana.push();
    addGoal(ana.doc, { title: 'G' }, 'g');
    for (let i = 0; i < 12; i++) addStep(ana.doc, 'g', { text: `step ${i}` }, `s${i}`);
    await ana.push();
    await docs.flushHistory('t');
    const bulkVersions = () =>
      storage.planHistory.versions('t').filter((v) => v.reason === 'before-bulk').length;
    const start = bulkVersions();

    const members = ['ana', 'ben', 'cy', 'di', 'ed', 'flo'].map((m) => {
      const d = device(m, new Y.Doc());
      Y.applyUpdate(d.doc, Y.encodeStateAsUpdate(ana.doc));
      return d;
    });
    for (const [i, m] of members.entries()) {
      setStepText(m.doc, `s${i}`, 'text', `step ${i} typed`);
      await m.push();
    }
    await docs.flushHistory('t');
    expect(bulkVersions()).toBe(start);
    expect(lines().filter((l) => l.includes(': changed the text'))).toHaveLength(6);

    const one = members[0]!;
    for (const m of members) Y.applyUpdate(one.doc, Y.encodeStateAsUpdate(m.doc));
    for (let i = 6; i < 12; i++) setStepText(one.doc, `s${i}`, 'text', `step ${i} pasted`);
    await one.push();
    await docs.flushHistory('t');
    expect(bulkVersions()).toBe(start + 1);
  });

  it('a goal deleted moments after it was added is still in Recently deleted', async () => {
    const ana = device('ana');
    await ana.push();
    addGoal(ana.doc, { title: 'Quick goal' }, 'q');
    addStep(ana.doc, 'q', { text: 'a step' }, 'qs');
    await ana.push();
    removeGoal(ana.doc, 'q');
    await ana.push();
    await docs.flushHistory('t');
    const deleted = storage.planHistory.deletions('t', 0);
    expect(deleted.map((d) => d.itemId)).toContain('q');
    expect(lines().some((l) => l.startsWith('ana: added goal') && l.includes('Quick goal'))).toBe(
      true,
    );
  });
});
