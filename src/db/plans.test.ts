// Plan storage: local/remote updates, the outbox (unsent), compaction that
// never merges unsent into sent, and removal from the device.
import * as Y from 'yjs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import {
  appendLocalUpdate,
  compactPlan,
  countUnsent,
  getPlanRow,
  loadPlanUpdates,
  markSent,
  planStoredBytes,
  putPlanRow,
  removePlanFromDevice,
  storeRemoteUpdate,
  unsentUpdates,
} from './plans';

function textUpdate(doc: Y.Doc, s: string): Uint8Array {
  const sv = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, s);
  return Y.encodeStateAsUpdate(doc, sv);
}

beforeEach(async () => {
  await db.planUpdates.clear();
  await db.plans.clear();
});

describe('plan storage', () => {
  it('stores local updates unsent and remote ones sent, in order, and creates the plan row', async () => {
    const doc = new Y.Doc();
    const s1 = await appendLocalUpdate('p', textUpdate(doc, 'a'));
    await storeRemoteUpdate('p', textUpdate(doc, 'b'));
    const s3 = await appendLocalUpdate('p', textUpdate(doc, 'c'));
    expect(s3).toBeGreaterThan(s1);
    expect((await loadPlanUpdates('p')).map((r) => r.sent)).toEqual([0, 1, 0]);
    expect((await unsentUpdates('p')).map((r) => r.seq)).toEqual([s1, s3]);
    expect(await countUnsent('p')).toBe(2);
    expect(await getPlanRow('p')).toMatchObject({ id: 'p' });
  });

  it('markSent marks only the given seqs of that plan', async () => {
    const doc = new Y.Doc();
    const a = await appendLocalUpdate('p', textUpdate(doc, 'a'));
    const b = await appendLocalUpdate('p', textUpdate(doc, 'b'));
    const other = await appendLocalUpdate('q', textUpdate(new Y.Doc(), 'x'));
    await markSent('p', [a, other, 999]);
    expect((await unsentUpdates('p')).map((r) => r.seq)).toEqual([b]);
    expect(await countUnsent('q')).toBe(1);
  });

  it('compactPlan merges sent with sent and unsent with unsent; the content is unchanged', async () => {
    const doc = new Y.Doc();
    for (const ch of 'abc') await storeRemoteUpdate('p', textUpdate(doc, ch));
    const unsent: number[] = [];
    for (const ch of 'def') unsent.push(await appendLocalUpdate('p', textUpdate(doc, ch)));
    const r = await compactPlan('p', (u) => Y.mergeUpdates(u));
    expect(r).toEqual({ before: 6, after: 2 });
    const rows = await loadPlanUpdates('p');
    expect(rows.map((x) => x.sent)).toEqual([1, 0]);
    // The unsent row keeps the highest unsent seq, so an in-flight markSent still applies.
    expect(rows[1]!.seq).toBe(unsent[2]);
    const back = new Y.Doc();
    for (const x of rows) Y.applyUpdate(back, x.update);
    expect(back.getText('t').toString()).toBe('abcdef');
    // The unsent row alone carries exactly the unsent changes.
    const onlySent = new Y.Doc();
    Y.applyUpdate(onlySent, rows[0]!.update);
    expect(onlySent.getText('t').toString()).toBe('abc');
  });

  it('compactPlan leaves single rows alone', async () => {
    await appendLocalUpdate('p', textUpdate(new Y.Doc(), 'a'));
    const before = await loadPlanUpdates('p');
    await compactPlan('p', () => {
      throw new Error('should not merge one row');
    });
    expect(await loadPlanUpdates('p')).toEqual(before);
  });

  it('removePlanFromDevice deletes the plan and its updates only', async () => {
    await appendLocalUpdate('p', textUpdate(new Y.Doc(), 'a'));
    await appendLocalUpdate('q', textUpdate(new Y.Doc(), 'b'));
    await removePlanFromDevice('p');
    expect(await loadPlanUpdates('p')).toEqual([]);
    expect(await getPlanRow('p')).toBeUndefined();
    expect(await loadPlanUpdates('q')).toHaveLength(1);
  });

  it('putPlanRow stores team fields; planStoredBytes sums update sizes', async () => {
    await putPlanRow({ id: 'p', teamId: 't', teamName: 'Ohio', createdAt: 1, updatedAt: 2 });
    expect(await getPlanRow('p')).toMatchObject({ teamId: 't', teamName: 'Ohio' });
    const u = textUpdate(new Y.Doc(), 'hello');
    await appendLocalUpdate('p', u);
    expect(await planStoredBytes('p')).toBe(u.byteLength);
  });
});
