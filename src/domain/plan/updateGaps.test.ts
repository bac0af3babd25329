// checkIncomingUpdate: what Yjs would keep pending is named before anything is applied.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkIncomingUpdate, hasPending } from './updateGaps';
import { createPlanDoc } from './template';
import { notesText } from './model';
import { futureDeleteUpdate, gappedGoalsString } from '../../test/attackUpdates';

function copyOf(doc: Y.Doc): Y.Doc {
  const d = new Y.Doc();
  Y.applyUpdate(d, Y.encodeStateAsUpdate(doc));
  return d;
}

describe('checkIncomingUpdate', () => {
  it('accepts ordinary edits, their duplicates and an update that builds on itself', () => {
    const a = createPlanDoc();
    const b = copyOf(a);
    const updates: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updates.push(u));
    notesText(a).insert(0, 'one');
    notesText(a).insert(3, ' two');
    const merged = Y.mergeUpdates(updates);
    expect(checkIncomingUpdate(b, merged)).toMatchObject({ ok: true });
    Y.applyUpdate(b, merged);
    expect(checkIncomingUpdate(b, merged)).toMatchObject({ ok: true });
    expect(hasPending(b)).toBe(false);
  });

  it('names a delete range beyond what the document has (the future-delete attack)', () => {
    const doc = createPlanDoc();
    const victim = 123456;
    const r = checkIncomingUpdate(doc, futureDeleteUpdate(victim, 0, 1_000_000));
    expect(r).toMatchObject({ ok: false, kind: 'gap' });
    expect(!r.ok && r.message).toMatch(/deletes client 123456/);
    // What Yjs itself would do with it: keep it pending.
    Y.applyUpdate(doc, futureDeleteUpdate(victim, 0, 1_000_000));
    expect(hasPending(doc)).toBe(true);
  });

  it('names a struct after a gap in its client clock', () => {
    const doc = createPlanDoc();
    const r = checkIncomingUpdate(doc, gappedGoalsString(doc, 100));
    expect(r).toMatchObject({ ok: false, kind: 'gap' });
  });

  it('names an unknown root and unreadable bytes', () => {
    const other = new Y.Doc();
    other.getText('elsewhere').insert(0, 'x');
    expect(checkIncomingUpdate(createPlanDoc(), Y.encodeStateAsUpdate(other))).toMatchObject({
      ok: false,
      kind: 'unknown-root',
    });
    expect(checkIncomingUpdate(createPlanDoc(), Uint8Array.from([9, 9, 9]))).toMatchObject({
      ok: false,
    });
  });
});
