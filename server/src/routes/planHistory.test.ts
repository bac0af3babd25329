/**
 * Who changed what, versions and restore against the real endpoint (a child
 * process, so it can be killed): two devices of one team, the activity and
 * history routes, team isolation, and history that outlives compaction,
 * restart and kill -9.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endpointForFile } from '../../test/endpoint';
import { createTeam, joinedDevice, type TestDevice } from '../../test/planSyncKit';
import { addGoal, addStep, removeGoal, setStepText } from '../../../src/domain/plan/edit';
import { restoreDeleted, restoreVersion } from '../../../src/domain/plan/restore';
import { PlanExportSchema } from '../../../src/domain/plan/exchange';
import {
  activityResponseSchema,
  historyResponseSchema,
  type ActivityResponse,
  type HistoryResponse,
} from '../../../src/wire/history';
import { memberLabel } from '../../../src/wire/members';

// Compaction after every second row and soon after a pause: versions must not go with the log.
const endpoint = endpointForFile({ env: { PLAN_COMPACT_ROWS: '2', PLAN_IDLE_COMPACT_MS: '50' } });
const url = () => endpoint.server.url;

async function get(d: TestDevice, path: string, credential = d.link.credential) {
  const res = await fetch(`${url()}/api/plans/${d.link.teamId}/${path}`, {
    headers: credential ? { authorization: `Bearer ${credential}` } : {},
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

async function activity(d: TestDevice): Promise<ActivityResponse> {
  const r = await get(d, 'activity');
  expect(r.status).toBe(200);
  return activityResponseSchema.parse(r.body);
}

async function history(d: TestDevice): Promise<HistoryResponse> {
  const r = await get(d, 'history');
  expect(r.status).toBe(200);
  return historyResponseSchema.parse(r.body);
}

/** "Ana added goal 10 …" lines as the device shows them, newest first. */
function named(a: ActivityResponse): string[] {
  const byId = new Map(a.members.map((m) => [m.id, m]));
  return a.entries.map((e) => `${memberLabel(byId.get(e.memberId ?? ''))} ${e.text}`);
}

async function pair(state: string) {
  const team = await createTeam(url(), state);
  const a = await joinedDevice(url(), team.joinCode, 'A', 'Ana Ruiz');
  const b = await joinedDevice(url(), team.joinCode, 'B', 'Ben Okafor');
  await a.syncAll();
  await b.syncAll();
  await a.syncAll();
  return { a, b };
}

const goalIds = (d: TestDevice) => d.plan().goals.map((g) => g.id);

describe('plan history', () => {
  it('B deletes a goal, A restores it from Recently deleted, both show it; activity names all three', async () => {
    const { a, b } = await pair('VT');
    addGoal(a.doc, { title: 'Screen every child at intake' }, 'gx');
    addStep(a.doc, 'gx', { text: 'Pick a screening tool', lead: 'Ana' }, 'sx1');
    addStep(a.doc, 'gx', { text: 'Train intake staff', due: '2015-09-01' }, 'sx2');
    await a.syncAll();
    await b.syncAll();
    expect(goalIds(b)).toContain('gx');
    const whole = b.plan().goals.find((g) => g.id === 'gx')!;

    removeGoal(b.doc, 'gx');
    await b.syncAll();
    await a.syncAll();
    expect(goalIds(a)).not.toContain('gx');

    const seen = await activity(a);
    expect(seen.deleted).toHaveLength(1);
    const gone = seen.deleted[0]!;
    expect(gone.item).toEqual({ kind: 'goal', goal: whole });
    restoreDeleted(a.doc, gone.item);
    await a.syncAll();
    await b.syncAll();
    for (const d of [a, b]) {
      const g = d.plan().goals.find((x) => x.id === 'gx')!;
      expect(g.title).toBe('Screen every child at intake');
      expect(g.steps.map((s) => [s.id, s.text, s.lead, s.due])).toEqual([
        ['sx1', 'Pick a screening tool', 'Ana', ''],
        ['sx2', 'Train intake staff', '', '2015-09-01'],
      ]);
    }

    const after = await activity(b);
    const lines = named(after).filter((l) => l.includes('“Screen every child'));
    const n = b.plan().goals.findIndex((g) => g.id === 'gx') + 1;
    expect(lines).toEqual([
      `Ana Ruiz restored goal ${n} “Screen every child at intake”`,
      `Ben Okafor deleted goal ${n} “Screen every child at intake”`,
      `Ana Ruiz added goal ${n} “Screen every child at intake”`,
    ]);
    expect(after.deleted).toEqual([]);
    const last = after.lastChanged['gx']!;
    expect(after.members.find((m) => m.id === last.memberId)?.name).toBe('Ana Ruiz');

    // Versions before the deletion and before the restore, each holding the plan as it was.
    const h = await history(a);
    const before = h.versions.filter((v) => v.reason === 'before-bulk');
    expect(before.map((v) => v.summary)).toEqual([
      `Before: restored goal ${n} “Screen every child at intake”`,
      `Before: deleted goal ${n} “Screen every child at intake”`,
    ]);
    const pre = await get(a, `history/${before[1]!.id}`);
    expect(pre.status).toBe(200);
    const exported = PlanExportSchema.parse(pre.body);
    expect(exported.plan.goals.find((g) => g.id === 'gx')?.steps).toHaveLength(2);
    const names = new Map(h.members.map((m) => [m.id, m.name]));
    expect(h.versions.flatMap((v) => v.members.map((id) => names.get(id)))).toEqual(
      expect.arrayContaining(['Ana Ruiz', 'Ben Okafor']),
    );
  });

  it('a whole-version restore and offline typing on the other device both survive', async () => {
    const { a, b } = await pair('NH');
    addGoal(a.doc, { title: 'Housing' }, 'gh');
    addStep(a.doc, 'gh', { text: 'Map beds' }, 'sh1');
    await a.syncAll();
    const other = a.plan().goals[0]!.id;
    removeGoal(a.doc, other); // a deleted goal: the endpoint keeps the plan as it was
    await a.syncAll();
    const h = await history(a);
    const kept = h.versions.find((v) => v.reason === 'before-bulk')!;
    const v = PlanExportSchema.parse((await get(a, `history/${kept.id}`)).body).plan;
    expect(v.goals.find((g) => g.id === 'gh')?.steps[0]?.text).toBe('Map beds');

    setStepText(a.doc, 'sh1', 'text', 'Count beds twice');
    addStep(a.doc, 'gh', { text: 'Scratch' }, 'sh2');
    await a.syncAll();
    await b.syncAll();
    // B types offline while A restores the whole version.
    const gh = b.doc
      .getArray<Y.Map<unknown>>('goals')
      .toArray()
      .find((g) => g.get('id') === 'gh')!;
    (gh.get('title') as Y.Text).insert(7, ' for youth');
    restoreVersion(a.doc, v);
    await a.syncAll();
    await b.syncAll();
    await a.syncAll();
    for (const d of [a, b]) {
      const g = d.plan().goals.find((x) => x.id === 'gh')!;
      expect(g.title).toBe('Housing for youth');
      expect(g.steps.map((s) => s.text)).toEqual(['Map beds']);
      expect(goalIds(d)).toContain(other);
    }
    expect(JSON.stringify(a.plan())).toBe(JSON.stringify(b.plan()));
  });

  it("never shows a team's history, activity or names to another team, nor without a credential", async () => {
    const one = await pair('ME');
    const two = await pair('RI');
    addGoal(two.a.doc, { title: 'Secret goal' }, 'gs');
    await two.a.syncAll();
    for (const path of ['activity', 'history', 'history/1']) {
      const foreign = await get(two.a, path, one.a.link.credential);
      expect(foreign.status).toBe(403);
      expect(JSON.stringify(foreign.body)).not.toMatch(/Secret|Ana|Ben/);
      const anon = await get(two.a, path, '');
      expect(anon.status).toBe(401);
    }
    // A version id of team two asked for under team one: no such version there.
    const theirs = (await history(two.a)).versions[0]!.id;
    expect((await get(one.a, `history/${theirs}`)).status).toBe(404);
    expect((await get(one.a, 'history/abc')).status).toBe(400);
  });

  it('history and activity survive compaction, restart and kill -9', async () => {
    const { a } = await pair('CT');
    addGoal(a.doc, { title: 'Durable' }, 'gd');
    for (let i = 0; i < 6; i++) {
      addStep(a.doc, 'gd', { text: `step ${i}` }, `sd${i}`);
      await a.syncAll();
    }
    removeGoal(a.doc, 'gd');
    await a.syncAll();
    await new Promise((r) => setTimeout(r, 300)); // idle compaction folds the log (and versions its tail)
    const h1 = await history(a);
    const a1 = await activity(a);
    expect(h1.versions[0]!.summary).toMatch(/goal/);

    await endpoint.server.stop();
    endpoint.server = await endpoint.server.restart();
    a.link.apiBase = url();
    expect((await history(a)).versions).toEqual(h1.versions);
    expect((await activity(a)).entries).toEqual(a1.entries);

    restoreDeleted(a.doc, (await activity(a)).deleted[0]!.item);
    await a.syncAll();
    await new Promise((r) => setTimeout(r, 300)); // and its compaction, before the kill
    const h2 = await history(a);
    await endpoint.server.kill();
    endpoint.server = await endpoint.server.restart();
    a.link.apiBase = url();
    const h3 = await history(a);
    expect(h3.versions).toEqual(h2.versions);
    expect(h3.versions.length).toBeGreaterThan(h1.versions.length);
    const oldest = h3.versions[h3.versions.length - 1]!;
    expect((await get(a, `history/${oldest.id}`)).status).toBe(200);
    expect((await activity(a)).entries[0]!.text).toMatch(/^restored goal \d+ “Durable”$/);
  });
});
