/**
 * Plan-sync figures against the real endpoint (child process, temp data dir,
 * 127.0.0.1 only), using the same device model as the sync tests:
 * - bytes sent (request body) for one edit on a 200-step plan;
 * - time for 500 edits queued offline to converge after reconnect: the
 *   device pushes them and a second device of the team has them all.
 */
import { addStep, setStepText } from '../src/domain/plan/edit';
import { createTeam, docsEqual, joinedDevice, startServer } from '../server/test/planSyncKit';
import { removeDataDir } from '../tests/e2e/server';
import { median } from './lighthouse';

export interface SyncFigures {
  bytesForOneEdit: number;
  queued500ConvergeMs: number;
  queued500Runs: number[];
}

export async function measureSyncFigures(runs = 3): Promise<SyncFigures> {
  const server = await startServer();
  try {
    const team = await createTeam(server.url);
    const a = await joinedDevice(server.url, team.joinCode, 'A');
    await a.syncAll();
    const goal = a.plan().goals[0]!.id;
    a.doc.transact(() => {
      for (let i = 0; i < 200; i++) addStep(a.doc, goal, { text: `Step number ${i} of the plan` });
    });
    await a.syncAll();
    const step = a.plan().goals[0]!.steps[100]!.id;
    setStepText(a.doc, step, 'owner', 'Regional manager');
    const one = await a.sync();
    if (one.kind !== 'synced') throw new Error(`sync failed: ${JSON.stringify(one)}`);

    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = await createTeam(server.url);
      const x = await joinedDevice(server.url, t.joinCode, `X${r}`);
      const y = await joinedDevice(server.url, t.joinCode, `Y${r}`);
      await x.syncAll();
      await y.syncAll();
      for (let i = 0; i < 500; i++) x.typeNotes(`<q${i}>`); // 500 outbox entries, offline
      const started = performance.now();
      await x.syncAll();
      await y.syncAll();
      const elapsed = performance.now() - started;
      if (!docsEqual(x.doc, y.doc)) throw new Error('devices did not converge');
      times.push(elapsed);
    }
    return {
      bytesForOneEdit: one.sentBytes,
      queued500ConvergeMs: median(times),
      queued500Runs: times,
    };
  } finally {
    await server.stop();
    removeDataDir(server.dataDir);
  }
}
