/**
 * Issue 11, D7, against the real endpoint: the plan schema checks every
 * field's kind (Y.Text where text is expected), unknown keys, nesting and
 * sizes per field, on what each sync changes. The four examples are
 * refused with a 422 that names the field, and the stored plan is unchanged;
 * the team's next valid edit still goes through.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endpointForFile } from '../../test/endpoint';
import { createTeam, joinedDevice, serverPlan, type TestDevice } from '../../test/planSyncKit';
import { goalsArray, metaMap, notesText, taArray } from '../../../src/domain/plan/model';
import { addStep } from '../../../src/domain/plan/edit';
import { SYNC_ERRORS } from '../../../src/wire/protocol';

const endpoint = endpointForFile();

async function refusedWith(change: (d: TestDevice) => void): Promise<string> {
  const team = await createTeam(endpoint.server.url);
  const good = await joinedDevice(endpoint.server.url, team.joinCode, 'good');
  expect((await good.syncAll()).kind).toBe('synced');
  const bad = await joinedDevice(endpoint.server.url, team.joinCode, 'bad');
  expect((await bad.syncAll()).kind).toBe('synced');
  const before = Y.encodeStateAsUpdate(await serverPlan(good));
  change(bad);
  const r = await bad.sync();
  expect(r.kind).toBe('rejected');
  if (r.kind !== 'rejected') throw new Error('not rejected');
  expect(r.error).toBe(SYNC_ERRORS.invalidPlan);
  expect(Buffer.from(Y.encodeStateAsUpdate(await serverPlan(good)))).toEqual(Buffer.from(before));
  // The refusal left nothing behind: a valid edit goes through and reads back.
  notesText(good.doc).insert(0, 'still fine');
  expect((await good.syncAll()).kind).toBe('synced');
  expect((await serverPlan(good)).getText('notes').toString()).toContain('still fine');
  return r.message;
}

describe('plan shape on sync (issue 11, D7)', () => {
  it('refuses a TA need whose topic is a plain string instead of Y.Text', async () => {
    const message = await refusedWith((d) => {
      const t = new Y.Map<unknown>();
      t.set('id', 'ta-plain');
      t.set('topic', 'a plain string');
      t.set('description', new Y.Text('d'));
      t.set('priority', 'high');
      taArray(d.doc).push([t]);
    });
    expect(message).toMatch(/taNeeds\.ta-plain\.topic: expected text \(Y\.Text\)/);
  });

  it('refuses a 300 KB extra key on a goal', async () => {
    const message = await refusedWith((d) => {
      goalsArray(d.doc).get(0).set('extra', 'x'.repeat(300_000));
    });
    expect(message).toMatch(/unknown key "extra"/);
  });

  it('refuses an embedded object in notes', async () => {
    const message = await refusedWith((d) => {
      notesText(d.doc).insertEmbed(0, { evil: true });
    });
    expect(message).toMatch(/notes: text may hold only characters/);
  });

  it('refuses extra keys in meta', async () => {
    const message = await refusedWith((d) => metaMap(d.doc).set('extra', 'y'));
    expect(message).toMatch(/meta: unknown key "extra"/);
  });

  it('refuses a step text over the size limit and a map nested where a flag belongs', async () => {
    const long = await refusedWith((d) => {
      const goal = goalsArray(d.doc).get(0);
      const id = addStep(d.doc, String(goal.get('id')));
      const step = (goal.get('steps') as Y.Array<Y.Map<unknown>>)
        .toArray()
        .find((s) => s.get('id') === id)!;
      (step.get('text') as Y.Text).insert(0, 'y'.repeat(100_001));
    });
    expect(long).toMatch(/longer than 100000 characters/);
    const nested = await refusedWith((d) => {
      (goalsArray(d.doc).get(0).get('focus') as Y.Map<unknown>).set('x', new Y.Map());
    });
    expect(nested).toMatch(/focus\.x: expected true/);
  });
});
