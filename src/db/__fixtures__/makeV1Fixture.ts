/**
 * Regenerates convening-v1.json: a version-1 device database with two plans
 * (a local draft, a team plan with sent and unsent updates, one plan row
 * written without timestamps), dumped from fake-indexeddb. Run once with
 * `npx tsx src/db/__fixtures__/makeV1Fixture.ts`; the JSON is committed so
 * the migration test keeps testing what version 1 actually wrote.
 */
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import {
  addStep,
  addTaNeed,
  createPlanDoc,
  templateGoalId,
  titleText,
  toBase64,
} from '../../domain/plan';
import { openV1, type V1Fixture } from './v1Schema';

async function main() {
  const db = openV1('v1-fixture');
  await db.open();
  const local = createPlanDoc();
  titleText(local).insert(0, 'Draft plan');
  addStep(
    local,
    templateGoalId('identify-document-serve'),
    { text: 'Map current screening' },
    'step-local',
  );
  const team = createPlanDoc();
  const t0 = Y.encodeStateAsUpdate(team);
  const sv = Y.encodeStateVector(team);
  addStep(
    team,
    templateGoalId('locate-missing'),
    { text: 'Runaway protocol with police' },
    'step-team',
  );
  addTaNeed(team, { topic: 'Data sharing', priority: 'high' }, 'ta-team');
  const t1 = Y.encodeStateAsUpdate(team, sv);
  await db.table('plans').bulkPut([
    { id: 'local', createdAt: 1433900000000, updatedAt: 1433910000000 },
    { id: 'team-oh', teamId: 'oh', teamName: 'Ohio', state: 'OH' },
  ]);
  await db.table('planUpdates').bulkAdd([
    { planId: 'local', update: Y.encodeStateAsUpdate(local), createdAt: 1433910000000, sent: 0 },
    { planId: 'team-oh', update: t0, createdAt: 1433900000000, sent: 1 },
    { planId: 'team-oh', update: t1, createdAt: 1433920000000, sent: 0 },
  ]);
  await db.table('bookmarks').put({ sessionId: 'd1-welcome', addedAt: 1433900000000 });
  await db.table('meta').put({ key: 'persist', value: { asked: true, granted: false } });
  const rows = await db.table('planUpdates').toArray();
  const fixture: V1Fixture = {
    description: 'Device database written by schema version 1 (see makeV1Fixture.ts).',
    tables: {
      plans: await db.table('plans').toArray(),
      planUpdates: rows.map((r) => ({ ...r, update: toBase64(r.update) })),
      bookmarks: await db.table('bookmarks').toArray(),
      meta: await db.table('meta').toArray(),
    },
  };
  writeFileSync(
    new URL('./convening-v1.json', import.meta.url),
    JSON.stringify(fixture, null, 2) + '\n',
  );
  db.close();
}

void main();
