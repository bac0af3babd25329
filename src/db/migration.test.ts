// Schema evolution: a database written by version 1 (a saved fixture) opens
// with the current schema and every plan is intact.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { fromBase64, readPlan, emptyPlanDoc } from '../domain/plan';
import fixture from './__fixtures__/convening-v1.json';
import { openV1, type V1Fixture } from './__fixtures__/v1Schema';
import { ConveningDb } from './db';

const data = fixture as V1Fixture;

async function writeV1(name: string) {
  const v1 = openV1(name);
  await v1.open();
  await v1.table('plans').bulkPut(data.tables.plans);
  await v1
    .table('planUpdates')
    .bulkPut(data.tables.planUpdates.map((r) => ({ ...r, update: fromBase64(r.update) })));
  await v1.table('bookmarks').bulkPut(data.tables.bookmarks);
  await v1.table('meta').bulkPut(data.tables.meta);
  v1.close();
}

function planFrom(updates: Uint8Array[]) {
  const doc = emptyPlanDoc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return readPlan(doc);
}

describe('Dexie schema migration', () => {
  it('opens a version-1 database with the current schema, every plan intact', async () => {
    await writeV1('migrate-v1');
    const db = new ConveningDb('migrate-v1');
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);

    const plans = await db.plans.orderBy('id').toArray();
    expect(plans.map((p) => p.id)).toEqual(['local', 'team-oh']);
    // Rows written without timestamps get them; existing ones are kept.
    expect(plans[0]).toMatchObject({
      createdAt: 1433900000000,
      updatedAt: 1433910000000,
      rowVersion: 2,
    });
    expect(typeof plans[1]!.createdAt).toBe('number');
    expect(plans[1]).toMatchObject({ teamId: 'oh', teamName: 'Ohio', state: 'OH', rowVersion: 2 });
    // The new index works on migrated rows.
    expect((await db.plans.where('teamId').equals('oh').first())?.id).toBe('team-oh');

    const rows = await db.planUpdates.orderBy('seq').toArray();
    expect(rows).toHaveLength(data.tables.planUpdates.length);
    expect(rows.map((r) => [r.planId, r.sent])).toEqual([
      ['local', 0],
      ['team-oh', 1],
      ['team-oh', 0],
    ]);
    const local = planFrom(rows.filter((r) => r.planId === 'local').map((r) => r.update));
    expect(local.title).toBe('Draft plan');
    expect(local.goals[0]!.steps.map((s) => s.text)).toEqual(['Map current screening']);
    const team = planFrom(rows.filter((r) => r.planId === 'team-oh').map((r) => r.update));
    expect(team.goals.find((g) => g.id === 'g-locate-missing')!.steps[0]!.text).toBe(
      'Runaway protocol with police',
    );
    expect(team.taNeeds).toEqual([
      { id: 'ta-team', topic: 'Data sharing', description: '', priority: 'high' },
    ]);
    expect(await db.planUpdates.where('[planId+sent]').equals(['team-oh', 0]).count()).toBe(1);
    expect(await db.bookmarks.count()).toBe(1);
    expect((await db.meta.get('persist'))?.value).toEqual({ asked: true, granted: false });
    db.close();
  });

  it('version 4 adds the plan history table to a version-1 database, plans untouched', async () => {
    await writeV1('migrate-v1-history');
    const db = new ConveningDb('migrate-v1-history');
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.planUpdates.count()).toBe(data.tables.planUpdates.length);
    await db.planHistory.put({ planId: 'team-oh', key: 'version:3', value: { x: 1 }, savedAt: 5 });
    await db.planHistory.put({ planId: 'local', key: 'activity', value: {}, savedAt: 6 });
    expect(await db.planHistory.get(['team-oh', 'version:3'])).toMatchObject({ value: { x: 1 } });
    expect(await db.planHistory.where('planId').equals('team-oh').count()).toBe(1);
    db.close();
  });
});
