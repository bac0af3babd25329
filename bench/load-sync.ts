/**
 * Load script for the plan-sync endpoint on loopback only: starts the real
 * endpoint (child process, temp data dir), creates teams, and has N devices
 * each make a small edit and sync, all at once, ROUNDS times. Prints the
 * sync latency median and 99th percentile per concurrency level.
 *
 *   node --import tsx bench/load-sync.ts            # 100 and 500 devices
 *   DEVICES=100,500,1000 ROUNDS=5 node --import tsx bench/load-sync.ts
 *
 * Bounded: at most MAX_DEVICES devices and ROUNDS rounds, 127.0.0.1 only.
 */
import { createTeam, joinedDevice, type TestDevice } from '../server/test/planSyncKit';
import { removeDataDir, startServer } from '../tests/e2e/server';

const LEVELS = (process.env.DEVICES ?? '100,500').split(',').map(Number);
const ROUNDS = Math.min(Number(process.env.ROUNDS) || 5, 20);
const MAX_DEVICES = 2000;
const DEVICES_PER_TEAM = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export interface LatencyFigures {
  devices: number;
  rounds: number;
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  failures: number;
  samples: number;
}

/** Sync latency at each concurrency level against a fresh endpoint. */
export async function measureSyncLatency(
  levels = LEVELS,
  rounds = ROUNDS,
): Promise<LatencyFigures[]> {
  const out: LatencyFigures[] = [];
  // Every device comes from 127.0.0.1 here: the per-address connection cap
  // (MAX_CONNECTIONS_PER_ADDRESS, 400) is for the real world.
  const server = await startServer({ env: { MAX_CONNECTIONS_PER_ADDRESS: '0' } });
  try {
    for (const n of levels) {
      if (!(n > 0 && n <= MAX_DEVICES)) throw new Error(`device count ${n} out of bounds`);
      const devices: TestDevice[] = [];
      let team: { joinCode: string } | undefined;
      for (let i = 0; i < n; i++) {
        if (i % DEVICES_PER_TEAM === 0) team = await createTeam(server.url);
        devices.push(await joinedDevice(server.url, team!.joinCode, `dev${i}`));
      }
      // First sync of each device (template + join), not measured.
      for (const d of devices) await d.syncAll();
      const latencies: number[] = [];
      let failures = 0;
      // Round 0 warms the JIT on both sides and is not measured.
      for (let r = 0; r <= rounds; r++) {
        const measured = r > 0;
        await Promise.all(
          devices.map(async (d, i) => {
            d.typeNotes(`<r${r}d${i}>`);
            const t0 = performance.now();
            const res = await d.sync({ timeoutMs: 30_000 });
            if (!measured) return;
            latencies.push(performance.now() - t0);
            if (res.kind !== 'synced') failures += 1;
          }),
        );
      }
      latencies.sort((a, b) => a - b);
      out.push({
        devices: n,
        rounds,
        medianMs: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        maxMs: latencies[latencies.length - 1]!,
        failures,
        samples: latencies.length,
      });
      console.log(
        `${n} concurrent devices x ${rounds} rounds: median ${percentile(latencies, 50).toFixed(1)} ms, ` +
          `p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies[latencies.length - 1]!.toFixed(1)} ms, ` +
          `failures ${failures}/${latencies.length}`,
      );
    }
  } finally {
    await server.stop();
    removeDataDir(server.dataDir);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void measureSyncLatency().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
