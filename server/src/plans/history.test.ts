/**
 * When the endpoint keeps versions and how it writes activity, through the
 * real sync logic on real storage with a controlled clock: one version per
 * ten minutes of activity, one for the end of each event day, one before a
 * bulk deletion; a typed run is one activity line; a cache eviction between
 * syncs changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addGoal, addStep, removeGoal, setStepText } from '../../../src/domain/plan/edit';
import { zoneLocalToInstant } from '../../../src/domain/event';
import { historyDevice, openHistoryTeam, type HistoryTeam } from '../../test/historyKit';
import { DEFAULT_PLAN_SETTINGS } from '../config';

const ZONE = 'America/New_York';
let team: HistoryTeam;
let storage: HistoryTeam['storage'];
let docs: HistoryTeam['docs'];

beforeEach(() => {
  team = openHistoryTeam('plan-history-');
  ({ storage, docs } = team);
});
afterEach(() => team.close());

/** A device whose pushes happen at event-local times ("2015-06-10T09:00"). */
function device(memberId: string) {
  const d = historyDevice(team, { timeZone: ZONE });
  return { doc: d.doc, push: (at: string) => d.push(zoneLocalToInstant(at, ZONE), memberId) };
}

const versions = () => storage.planHistory.versions('t').reverse();

describe('versions and activity', () => {
  it('one version per ten minutes of activity, and one at the end of each event day', async () => {
    const ana = device('ana');
    await ana.push('2015-06-10T09:00');
    addGoal(ana.doc, { title: 'G' }, 'g');
    addStep(ana.doc, 'g', { text: 'a' }, 's');
    await ana.push('2015-06-10T09:05');
    for (const [i, t] of ['09:08', '09:11', '09:14'].entries()) {
      setStepText(ana.doc, 's', 'text', `a${i}`);
      await ana.push(`2015-06-10T${t}`);
    }
    // 09:00 (first), then 09:11 (ten minutes after it).
    expect(versions().map((v) => [v.reason, new Date(v.at).toISOString()])).toEqual([
      ['activity', '2015-06-10T13:00:00.000Z'],
      ['activity', '2015-06-10T13:11:00.000Z'],
    ]);
    // The next morning: the plan as the day ended (09:14) is kept first.
    setStepText(ana.doc, 's', 'text', 'next day');
    await ana.push('2015-06-11T08:30');
    const v = versions();
    expect(v.map((x) => x.reason)).toEqual(['activity', 'activity', 'day-end', 'activity']);
    expect(new Date(v[2]!.at).toISOString()).toBe('2015-06-10T13:14:00.000Z');
    expect(v[2]!.summary).toMatch(/^End of the day: 1 step changed/);
    const dayEnd = JSON.parse(storage.planHistory.versionPlan('t', v[2]!.id)!.planJson);
    expect(dayEnd.goals.at(-1).steps[0].text).toBe('a2');
    expect(v[2]!.members).toEqual(['ana']);
  });

  it('typing into one field is one activity line; a deletion keeps a version before it, across an eviction', async () => {
    const ana = device('ana');
    addGoal(ana.doc, { title: 'G' }, 'g');
    addStep(ana.doc, 'g', { text: '' }, 's');
    await ana.push('2015-06-10T10:00');
    for (const word of ['C', 'Ca', 'Cal', 'Call']) {
      setStepText(ana.doc, 's', 'text', word);
      await ana.push('2015-06-10T10:01');
    }
    const lines = storage.planHistory.activity('t', 10).map((a) => a.line);
    expect(lines.filter((l) => l.startsWith('changed the text'))).toHaveLength(1);
    docs.evict('t');
    removeGoal(ana.doc, 'g');
    await ana.push('2015-06-10T10:02');
    const before = versions().find((v) => v.reason === 'before-bulk')!;
    const plan = JSON.parse(storage.planHistory.versionPlan('t', before.id)!.planJson);
    expect(plan.goals.at(-1)).toMatchObject({ id: 'g', steps: [{ text: 'Call' }] });
    expect(storage.planHistory.lastActivity('t')).toMatchObject({ memberId: 'ana', itemId: 'g' });
    expect(storage.plans.read('t').updates.every((u) => u.memberId === 'ana')).toBe(true);
  });

  it('compaction (a quiet team) keeps a version of changes made since the newest one', async () => {
    const ana = device('ana');
    await ana.push('2015-06-10T09:00');
    addGoal(ana.doc, { title: 'Late change' }, 'late');
    await ana.push('2015-06-10T09:03');
    expect(versions()).toHaveLength(1);
    await docs.compact('t');
    const v = versions();
    expect(v).toHaveLength(2);
    expect(new Date(v[1]!.at).toISOString()).toBe('2015-06-10T13:03:00.000Z');
    expect(storage.planHistory.versionPlan('t', v[1]!.id)!.planJson).toContain('Late change');
    await docs.compact('t');
    expect(versions()).toHaveLength(2);
  });

  it('a long log compacted while the team types keeps no version; the quiet spell after it does', async () => {
    await team.close();
    // Compact every 3 rows; the quiet spell is one second of real time here
    // (each push starts it again).
    team = openHistoryTeam('plan-history-', {
      ...DEFAULT_PLAN_SETTINGS,
      compactRows: 3,
      idleCompactMs: 1000,
    });
    ({ storage, docs } = team);
    const ana = device('ana');
    addGoal(ana.doc, { title: 'G' }, 'g');
    addStep(ana.doc, 'g', { text: '' }, 's');
    await ana.push('2015-06-10T09:00');
    // Nine minutes of typing: a compaction of the long log every other push.
    let compactions = 0;
    for (let m = 1; m <= 9; m++) {
      setStepText(ana.doc, 's', 'text', `typed for ${m} minutes`);
      await ana.push(`2015-06-10T09:0${m}`);
      const rows = storage.plans.read('t').updates.length;
      docs.afterCommit('t');
      if (rows >= 3) {
        await until(() => storage.plans.read('t').updates.length === 0);
        compactions += 1;
      }
    }
    expect(compactions).toBeGreaterThanOrEqual(3);
    expect(versions().map((v) => new Date(v.at).toISOString())).toEqual([
      '2015-06-10T13:00:00.000Z',
    ]);
    // The team stops: the quiet compaction keeps the last minutes.
    await until(() => versions().length === 2);
    expect(new Date(versions()[1]!.at).toISOString()).toBe('2015-06-10T13:09:00.000Z');
  });
});

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(done()).toBe(true);
}
