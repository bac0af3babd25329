/**
 * Durability scenarios: the endpoint is killed (SIGKILL) in the middle of a
 * push of 500 queued edits, or restarted; every acknowledged edit survives
 * and every edit ends up present exactly once.
 */
import { describe, expect, it } from 'vitest';
import { endpointForFile } from '../../test/endpoint';
import { createTeam, joinedDevice, serverPlan } from '../../test/planSyncKit';

const endpoint = endpointForFile();

const fragments = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `<${tag}${i}>`);

function countOf(text: string, fragment: string): number {
  return text.split(fragment).length - 1;
}

describe('plan sync durability', () => {
  it('kill -9 during a push of 500 queued edits, restart: every edit present exactly once', async () => {
    const team = await createTeam(endpoint.server.url);
    const a = await joinedDevice(endpoint.server.url, team.joinCode, 'A');
    const b = await joinedDevice(endpoint.server.url, team.joinCode, 'B');
    await a.syncAll();
    const frags = fragments(500, 'k');
    for (const f of frags) a.typeNotes(f); // 500 separate outbox entries
    expect(a.unsentCount()).toBe(500);
    // Start the push and kill the endpoint while it is in flight.
    const push = a.sync({ timeoutMs: 5_000 });
    await new Promise((r) => setTimeout(r, 2));
    await endpoint.server.kill();
    const during = await push;
    expect(['synced', 'offline']).toContain(during.kind);
    endpoint.server = await endpoint.server.restart();
    const started = Date.now();
    const after = await a.syncAll();
    const elapsed = Date.now() - started;
    console.log(`[measure] 500 queued edits converged ${elapsed} ms after reconnect`);
    expect(after.kind).toBe('synced');
    expect(a.unsentCount()).toBe(0);
    await b.syncAll();
    const stored = (await serverPlan(a)).getText('notes').toString();
    for (const f of frags) {
      expect(countOf(stored, f)).toBe(1);
      expect(countOf(b.notes(), f)).toBe(1);
    }
  });

  it('an endpoint restart keeps every acknowledged edit', async () => {
    const team = await createTeam(endpoint.server.url);
    const a = await joinedDevice(endpoint.server.url, team.joinCode, 'A');
    const acked: string[] = [];
    for (let i = 0; i < 20; i++) {
      a.typeNotes(`<r${i}>`);
      const r = await a.sync();
      if (r.kind === 'synced') acked.push(`<r${i}>`);
    }
    expect(acked.length).toBe(20);
    await endpoint.server.kill(); // no graceful shutdown: acknowledged means committed
    endpoint.server = await endpoint.server.restart();
    const fresh = await joinedDevice(endpoint.server.url, team.joinCode, 'fresh');
    fresh.outbox = [];
    const stored = (await serverPlan(fresh)).getText('notes').toString();
    for (const f of acked) expect(countOf(stored, f)).toBe(1);
  });
});
