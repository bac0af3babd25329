/**
 * kill -9 while compactions run (issue 12): the endpoint folds a log every
 * two rows (PLAN_COMPACT_ROWS=2) so nearly every group commit carries a
 * compaction, and is killed three times in the middle of concurrent syncs.
 * After each restart every acknowledged edit is present exactly once, and
 * the log was indeed being folded (few rows left, a snapshot present).
 */
import { describe, expect, it } from 'vitest';
import { endpointForFile } from '../../test/endpoint';
import { createTeam, joinedDevice, serverPlan, type TestDevice } from '../../test/planSyncKit';
import { openStorage } from '../db/index';

const endpoint = endpointForFile({
  env: { PLAN_COMPACT_ROWS: '2', PLAN_IDLE_COMPACT_MS: '10', SYNC_RATE_PER_SEC: '1000' },
});

const countOf = (text: string, f: string) => text.split(f).length - 1;

describe('compaction and kill -9', () => {
  it('no acknowledged edit lost and none doubled across three kills during compaction', async () => {
    const team = await createTeam(endpoint.server.url);
    const devices: TestDevice[] = [];
    for (const name of ['A', 'B', 'C']) {
      const d = await joinedDevice(endpoint.server.url, team.joinCode, name);
      devices.push(d);
    }
    for (const d of devices) expect((await d.syncAll()).kind).toBe('synced');
    const acked = new Set<string>();
    const typed: string[] = [];
    let n = 0;
    for (let round = 0; round < 3; round++) {
      let stop = false;
      const typing = devices.map(async (d) => {
        while (!stop) {
          const f = `<${d.name}${n++}>`;
          d.typeNotes(f);
          typed.push(f);
          const before = new Set(d.outbox.filter((e) => !e.sent).map((e) => e.seq));
          const r = await d.sync({ timeoutMs: 3000 });
          if (r.kind === 'synced') {
            // Every fragment whose outbox entry was acknowledged counts as acked.
            for (const e of d.outbox) if (before.has(e.seq) && e.sent) acked.add(f);
          } else if (r.kind === 'offline') {
            return;
          }
        }
      });
      await new Promise((r) => setTimeout(r, 400 + round * 170));
      await endpoint.server.kill();
      stop = true;
      await Promise.all(typing);

      const storage = openStorage({ dataDir: endpoint.server.dataDir });
      const stats = storage.plans.logStats().find((s) => s.teamId === team.id);
      const snapshot = storage.plans.read(team.id).snapshot;
      storage.close();
      expect(snapshot).toBeDefined();
      expect(stats?.rows ?? 0).toBeLessThan(50);

      endpoint.server = await endpoint.server.restart();
      for (const d of devices) expect((await d.syncAll()).kind).toBe('synced');
      const stored = (await serverPlan(devices[0]!)).getText('notes').toString();
      for (const f of acked) expect(countOf(stored, f)).toBe(1);
      for (const f of typed) expect(countOf(stored, f)).toBe(1);
    }
    console.log(`[measure] ${acked.size} acknowledged edits across 3 kills during compaction`);
    expect(acked.size).toBeGreaterThan(30);
  });
});
