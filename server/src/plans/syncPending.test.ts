/**
 * Issue 11, D1, against the real endpoint: updates that Yjs would keep
 * "pending" (a delete set aimed at a teammate's future clocks, a struct
 * behind a gap) are refused whole, with a 409 that names the problem, and
 * nothing of them is stored or forwarded. A device that legitimately sent a
 * gap is told to resend, and its next push (the whole plan) goes through.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endpointForFile } from '../../test/endpoint';
import { createTeam, joinedDevice, rawSync, serverPlan } from '../../test/planSyncKit';
import { futureDeleteUpdate, gappedGoalsString } from '../../../src/test/attackUpdates';
import { SYNC_ERRORS } from '../../../src/wire/protocol';

const endpoint = endpointForFile();

async function teamOfTwo() {
  const team = await createTeam(endpoint.server.url);
  const c1 = await joinedDevice(endpoint.server.url, team.joinCode, 'C1');
  const m = await joinedDevice(endpoint.server.url, team.joinCode, 'M');
  expect((await c1.syncAll()).kind).toBe('synced');
  expect((await m.syncAll()).kind).toBe('synced');
  return { c1, m };
}

describe('pending Yjs state is refused (issue 11, D1)', () => {
  it("a 12-byte delete of a teammate's future clocks is refused; the teammate's later text survives", async () => {
    const { c1, m } = await teamOfTwo();
    const victim = c1.doc.clientID;
    const next = Y.getState(c1.doc.store, victim);
    const attack = futureDeleteUpdate(victim, next, 1_000_000);
    expect(attack.byteLength).toBeLessThanOrEqual(12);
    const refused = await rawSync(m, attack);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe(SYNC_ERRORS.missingHistory);
    expect(refused.body.message).toMatch(new RegExp(`deletes client ${victim}`));

    c1.typeNotes('A paragraph the attacker wanted gone.');
    expect((await c1.syncAll()).kind).toBe('synced');
    c1.typeNotes(' And a later edit.');
    expect((await c1.syncAll()).kind).toBe('synced');
    expect(c1.notes()).toContain('A paragraph the attacker wanted gone. And a later edit.');
    const stored = (await serverPlan(c1)).getText('notes').toString();
    expect(stored).toContain('A paragraph the attacker wanted gone. And a later edit.');
    // The other member's device receives the text too, and nothing pending.
    expect((await m.syncAll()).kind).toBe('synced');
    expect(m.notes()).toContain('A paragraph the attacker wanted gone.');
    expect(m.doc.store.pendingDs).toBeNull();
  });

  it('a 200 KB struct behind a gap, putting a string into goals, is refused and never stored or forwarded', async () => {
    const { c1, m } = await teamOfTwo();
    const before = Y.encodeStateAsUpdate(await serverPlan(c1));
    const attack = gappedGoalsString(m.doc, 200_000);
    expect(attack.byteLength).toBeGreaterThan(200_000);
    const refused = await rawSync(m, attack);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe(SYNC_ERRORS.missingHistory);
    const after = await serverPlan(c1);
    expect(Buffer.from(Y.encodeStateAsUpdate(after))).toEqual(Buffer.from(before));
    expect(after.store.pendingStructs).toBeNull();
    // A teammate syncing now receives a small answer with nothing of it.
    const answer = await rawSync(c1, undefined);
    expect(answer.status).toBe(200);
    expect(Buffer.from(answer.body.update!, 'base64').byteLength).toBeLessThan(1000);
  });

  it('a device that lost part of its history is told to resend, and its whole-plan push goes through', async () => {
    const { c1, m } = await teamOfTwo();
    c1.typeNotes('<first>');
    c1.typeNotes('<second>');
    // The first edit is marked sent without reaching the endpoint (a device bug, a restored backup).
    c1.outbox.find((e) => !e.sent)!.sent = true;
    const r = await c1.sync();
    expect(r.kind).toBe('synced');
    expect(c1.unsentCount()).toBe(0);
    expect((await m.syncAll()).kind).toBe('synced');
    expect(m.notes()).toContain('<first><second>');
  });
});
