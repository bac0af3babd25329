/**
 * Live edits (issue 13, item 3) against the real endpoint: a sync's stored
 * update is pushed, as bytes, on the event stream of the team's OTHER
 * devices (which apply it without syncing), never echoed to the device that
 * made it and never sent to another team; a large one goes as a bare nudge.
 */
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/endpoint';
import { ORGANIZER_TOKEN, createTeam, joinedDevice, type TestDevice } from '../../test/planSyncKit';
import { openTeamStream, type SseEvent, type SseReader } from '../../test/sseReader';
import { MAX_PUSHED_UPDATE_BYTES, fromBase64, planEventSchema } from '../../../src/wire/protocol';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ organizerToken: ORGANIZER_TOKEN });
});
afterAll(() => srv.cleanup());

const plan = (e: SseEvent) => e.event === 'plan';
const payload = (e: SseEvent) => planEventSchema.parse(JSON.parse(e.data));

/** Two devices of one team and one of another, synced, each with its stream open. */
async function setUp() {
  const teamA = await createTeam(srv.url, 'OR');
  const teamB = await createTeam(srv.url, 'WA');
  const a1 = await joinedDevice(srv.url, teamA.joinCode, 'A1');
  const a2 = await joinedDevice(srv.url, teamA.joinCode, 'A2');
  const b1 = await joinedDevice(srv.url, teamB.joinCode, 'B1');
  const b2 = await joinedDevice(srv.url, teamB.joinCode, 'B2');
  for (const d of [a1, a2, b1, b2]) expect((await d.syncAll()).kind).toBe('synced');
  const streams = new Map<TestDevice, SseReader>();
  for (const d of [a1, a2, b1, b2])
    streams.set(d, await openTeamStream(srv.url, d.link.credential));
  return { a1, a2, b1, b2, stream: (d: TestDevice) => streams.get(d)!, streams };
}

describe('live push of plan updates', () => {
  it("reaches the team's other device as bytes it applies without syncing", async () => {
    const { a1, a2, stream, streams } = await setUp();
    a1.typeNotes('typed on A1');
    expect((await a1.sync()).kind).toBe('synced');
    const event = payload(await stream(a2).next(plan));
    expect(event.teamId).toBe(a1.link.teamId);
    expect(event.update).toBeDefined();
    // A2 applies the pushed bytes: no sync needed to see the text.
    Y.applyUpdate(a2.doc, fromBase64(event.update!), 'remote');
    expect(a2.notes()).toContain('typed on A1');
    // Applying it twice is harmless.
    Y.applyUpdate(a2.doc, fromBase64(event.update!), 'remote');
    expect(a2.notes().match(/typed on A1/g)).toHaveLength(1);
    for (const s of streams.values()) s.close();
  });

  it("is not echoed to the sender's own stream", async () => {
    const { a1, a2, stream, streams } = await setUp();
    a1.typeNotes('from A1');
    await a1.sync();
    await stream(a2).next(plan);
    // A2's change comes after A1's on every stream (one hub, ordered streams):
    // once A1 hears A2's, it would have heard its own before it.
    a2.typeNotes('from A2');
    await a2.sync();
    await stream(a1).next(plan);
    const heardByA1 = stream(a1).events.filter(plan).map(payload);
    expect(heardByA1).toHaveLength(1);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64(heardByA1[0]!.update!));
    expect(doc.getText('notes').toString()).toContain('from A2');
    expect(doc.getText('notes').toString()).not.toContain('from A1');
    for (const s of streams.values()) s.close();
  });

  it("never reaches another team's stream", async () => {
    const { a1, a2, b1, b2, stream, streams } = await setUp();
    a1.typeNotes('secret of team A');
    await a1.sync();
    // Published (A2 heard it) before B2's change below.
    await stream(a2).next(plan);
    // B2's change is the first plan event B1 may hear; nothing of A before it.
    b2.typeNotes('team B writes');
    await b2.sync();
    await stream(b1).next(plan);
    const heardByB1 = stream(b1).events.filter(plan).map(payload);
    expect(heardByB1.map((e) => e.teamId)).toEqual([b1.link.teamId]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64(heardByB1[0]!.update!));
    expect(doc.getText('notes').toString()).not.toContain('secret of team A');
    expect(stream(b2).events.filter(plan)).toHaveLength(0);
    for (const s of streams.values()) s.close();
  });

  it('sends a bare nudge when the update is larger than the cap', async () => {
    const { a1, a2, stream, streams } = await setUp();
    a1.typeNotes('x'.repeat(MAX_PUSHED_UPDATE_BYTES + 100));
    await a1.sync();
    const event = payload(await stream(a2).next(plan));
    expect(event).toEqual({ teamId: a1.link.teamId });
    // The nudge's answer is a sync, which brings the text.
    await a2.sync();
    expect(a2.notes().length).toBeGreaterThan(MAX_PUSHED_UPDATE_BYTES);
    for (const s of streams.values()) s.close();
  });
});
