/**
 * The planning hour: every State team typing into its plan at once. Starts
 * the real endpoint (child process, temp data dir, 127.0.0.1 only), creates
 * TEAMS teams of DEVICES devices, grows each team's plan to about 200 steps
 * of real typing history (every character its own Yjs transaction), then has
 * every device make one keystroke-sized edit and sync about once a second for
 * SECONDS seconds. Reports syncs/s, latency p50/p99/max, errors, the
 * endpoint's own CPU time per sync (from /proc/<pid>/stat) against the
 * in-process Yjs floor for the same updates, its RSS, and the bytes it wrote
 * to disk per sync (/proc/<pid>/io write_bytes, including the compaction
 * that follows once the teams go idle).
 *
 *   node --import tsx bench/planning-hour.ts
 *   TEAMS=10 DEVICES=3 SECONDS=10 node --import tsx bench/planning-hour.ts
 *   TYPING=runs node --import tsx bench/planning-hour.ts   (see TYPING below)
 *
 * KEEP_DATA=1 keeps the endpoint's data directory (to look at what it
 * wrote); ENDPOINT_NODE_ARGS passes node flags to the endpoint, e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/prof" (tests/e2e/server.ts).
 *
 * Bounded: at most 80 teams x 8 devices, 120 s, loopback only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addPartner, addStep, createPlanDoc, readPlan, setStepText } from '../src/domain/plan';
import { syncOnce, type TeamLink } from '../src/sync/planSync';
import { createTeam, joinTeam } from '../server/test/planSyncKit';
import { removeDataDir, startServer } from '../tests/e2e/server';

const TEAMS = Math.min(Number(process.env.TEAMS) || 55, 80);
const DEVICES = Math.min(Number(process.env.DEVICES) || 5, 8);
const SECONDS = Math.min(Number(process.env.SECONDS) || 30, 120);
const STEPS = 200;
/** After the run: how long to let the endpoint settle (idle compaction) before reading its disk bytes. */
const SETTLE_MS = Math.min(Number(process.env.SETTLE_MS) || 4000, 30_000);

export interface PlanningHourFigures {
  teams: number;
  devicesPerTeam: number;
  seconds: number;
  planBytes: number;
  syncs: number;
  offeredPerSec: number;
  syncsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  cpuMsPerSync: number;
  /** Of which in the kernel (system time). */
  systemCpuMsPerSync: number;
  /** Of which on threads other than the main one (garbage collection, compilation). */
  helperCpuMsPerSync: number;
  floorMsPerSync: number;
  endpointCpuShare: number;
  rssMiB: number;
  peakRssMiB: number;
  diskBytesPerSync: number;
  /** Of which written while the devices typed (the rest: compaction once they stopped). */
  diskTypingBytesPerSync: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** A plan of 200 steps, every text typed one character at a time, as one update. */
function typedPlan(): Uint8Array {
  const doc = createPlanDoc();
  const goals = readPlan(doc).goals;
  for (let i = 0; i < STEPS; i++) {
    const goal = goals[i % goals.length]!;
    const id = addStep(doc, goal.id);
    const text = `Step ${i + 1}: convene partners, agree a screening protocol.`;
    for (let n = 1; n <= text.length; n++) setStepText(doc, id, 'text', text.slice(0, n));
    const lead = 'Child welfare';
    for (let n = 1; n <= lead.length; n++) setStepText(doc, id, 'lead', lead.slice(0, n));
    const owner = 'Regional coordinator';
    for (let n = 1; n <= owner.length; n++) setStepText(doc, id, 'owner', owner.slice(0, n));
    addPartner(doc, id, 'law-enforcement');
  }
  return Y.encodeStateAsUpdate(doc);
}

/** The endpoint process's user and system CPU time, in ms (Linux /proc, clock ticks of 10 ms). */
function cpuMs(pid: number): { user: number; system: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
}

/** Each thread's user+system CPU time (ms), by thread id; the main thread's id is the pid. */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      /* the thread ended in between */
    }
  }
  return out;
}

function statusKiB(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

function writeBytes(pid: number): number {
  const m = /write_bytes: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

interface Device {
  doc: Y.Doc;
  link: TeamLink;
  unsent: Uint8Array[];
  sentLog: Uint8Array[];
  /** The step it is typing into (TYPING=runs). */
  step?: string;
}

function device(link: TeamLink, plan: Uint8Array): Device {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, plan, 'remote');
  const d: Device = { doc, link, unsent: [], sentLog: [] };
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') d.unsent.push(u);
  });
  return d;
}

async function sync(d: Device, timeoutMs = 30_000) {
  const pending = d.unsent.slice();
  const r = await syncOnce(
    {
      unsent: async () => pending.map((update, i) => ({ seq: i, update })),
      markSent: async (seqs) => {
        d.unsent.splice(0, seqs.length);
        for (const s of seqs) d.sentLog.push(pending[s]!);
      },
      stateVector: () => Y.encodeStateVector(d.doc),
      fullState: () => Y.encodeStateAsUpdate(d.doc),
      applyRemote: (u) => Y.applyUpdate(d.doc, u, 'remote'),
    },
    d.link,
    { timeoutMs },
  );
  return r;
}

/**
 * Where each device's keystrokes land. `hop` (the default, and the worst case
 * for the history: nearly every sync is a new activity line) picks a random
 * step for every keystroke; `runs` keeps typing into one step for RUN_KEYS
 * keystrokes before moving to another, as a person writing a sentence does.
 */
const TYPING = process.env.TYPING === 'runs' ? 'runs' : 'hop';
const RUN_KEYS = 20;

/** One keystroke into a step's text: a random step, or the device's current one (TYPING=runs). */
function keystroke(d: Device, stepIds: string[], n: number) {
  if (TYPING === 'hop' || !d.step || n % RUN_KEYS === 0) {
    d.step = stepIds[Math.floor(Math.random() * stepIds.length)]!;
  }
  const id = d.step;
  const steps = d.doc
    .getArray<Y.Map<unknown>>('goals')
    .toArray()
    .flatMap((g) => (g.get('steps') as Y.Array<Y.Map<unknown>>).toArray());
  const step = steps.find((s) => s.get('id') === id)!;
  const t = step.get('text') as Y.Text;
  t.insert(t.length, String.fromCharCode(97 + (n % 26)));
}

export async function measurePlanningHour(
  teams = TEAMS,
  devicesPerTeam = DEVICES,
  seconds = SECONDS,
): Promise<PlanningHourFigures> {
  const plan = typedPlan();
  const stepIds = readPlan(
    (() => {
      const d = new Y.Doc();
      Y.applyUpdate(d, plan);
      return d;
    })(),
  ).goals.flatMap((g) => g.steps.map((s) => s.id));
  const server = await startServer({
    // Every device comes from 127.0.0.1 here: the per-address connection cap is for the real world.
    env: {
      PLAN_IDLE_COMPACT_MS: '2000',
      SYNC_RATE_PER_SEC: '50',
      MAX_CONNECTIONS_PER_ADDRESS: '0',
    },
  });
  const pid = server.proc.pid!;
  try {
    const devices: Device[][] = [];
    for (let t = 0; t < teams; t++) {
      const team = await createTeam(server.url, 'VA');
      const ds: Device[] = [];
      for (let i = 0; i < devicesPerTeam; i++) {
        const res = await joinTeam(server.url, team.joinCode);
        const { teamId, credential } = (await res.json()) as { teamId: string; credential: string };
        ds.push(device({ apiBase: server.url, teamId, credential }, plan));
      }
      // The first device pushes the grown plan; the rest already hold it.
      const seed = ds[0]!;
      seed.unsent.push(plan);
      const r = await sync(seed, 60_000);
      if (r.kind !== 'synced') throw new Error(`seeding team ${t}: ${JSON.stringify(r)}`);
      for (const d of ds) await sync(d, 60_000);
      devices.push(ds);
    }
    // Warm-up: one edit + sync per device, not measured.
    await Promise.all(
      devices.flat().map(async (d, i) => {
        keystroke(d, stepIds, i);
        await sync(d);
      }),
    );
    for (const d of devices.flat()) d.sentLog = [];

    const latencies: number[] = [];
    let errors = 0;
    const errorKinds = new Map<string, number>();
    const threads0 = threadCpu(pid);
    const cpu0 = cpuMs(pid);
    const client0 = process.cpuUsage();
    const disk0 = writeBytes(pid);
    // The devices' own event loop: a stall here delays every reply it has
    // not read yet, and shows in the latencies although the endpoint was quick.
    const clientDelay = monitorEventLoopDelay({ resolution: 10 });
    clientDelay.enable();
    const start = performance.now();
    const end = start + seconds * 1000;
    await Promise.all(
      devices.flat().map(async (d, i) => {
        const phase = Math.random() * 1000;
        for (let k = 0; ; k++) {
          const due = start + phase + k * 1000;
          if (due >= end) return;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          keystroke(d, stepIds, i + k);
          const t0 = performance.now();
          const r = await sync(d);
          latencies.push(performance.now() - t0);
          if (r.kind !== 'synced') {
            errors += 1;
            const kind = `${r.kind}${'status' in r ? ` ${r.status}` : ''}${'error' in r ? ` ${r.error}` : ''}`;
            errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
          }
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    clientDelay.disable();
    const cpu1 = cpuMs(pid);
    // The main thread (JavaScript, SQLite) against the helper threads (V8's
    // garbage collector and compiler, libuv): where a sync's CPU goes.
    let helperCpu = 0;
    for (const [tid, t] of threadCpu(pid)) {
      if (tid !== String(pid)) helperCpu += t - (threads0.get(tid) ?? 0);
    }
    // System time is the kernel's work for the endpoint: loopback TCP, the
    // WAL's writes and fsyncs.
    const systemCpu = cpu1.system - cpu0.system;
    const cpu = cpu1.user - cpu0.user + systemCpu;
    const clientUsage = process.cpuUsage(client0);
    // The devices run in this one process: when it is near a full core, the
    // latencies include its own queueing, not only the endpoint's.
    const clientCpuShare = (clientUsage.user + clientUsage.system) / 1000 / (elapsed * 1000);
    const rss = statusKiB(pid, 'VmRSS') / 1024;
    const diskTyping = writeBytes(pid) - disk0;
    // Let idle compaction run, so its writes are counted too.
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const disk = writeBytes(pid) - disk0;
    const peak = statusKiB(pid, 'VmHWM') / 1024;

    // The floor: the same updates applied to in-memory documents, in this process.
    const floorDocs = devices.map(() => {
      const d = new Y.Doc();
      Y.applyUpdate(d, plan);
      return d;
    });
    const updates = devices.flatMap((ds, t) => ds.flatMap((d) => d.sentLog.map((u) => ({ t, u }))));
    const f0 = performance.now();
    for (const { t, u } of updates) Y.applyUpdate(floorDocs[t]!, u);
    const floor = (performance.now() - f0) / Math.max(1, updates.length);

    latencies.sort((a, b) => a - b);
    const n = latencies.length;
    const figures: PlanningHourFigures = {
      teams,
      devicesPerTeam,
      seconds,
      planBytes: plan.byteLength,
      syncs: n,
      offeredPerSec: teams * devicesPerTeam,
      syncsPerSec: n / elapsed,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies[n - 1] ?? NaN,
      errors,
      cpuMsPerSync: cpu / Math.max(1, n),
      systemCpuMsPerSync: systemCpu / Math.max(1, n),
      helperCpuMsPerSync: helperCpu / Math.max(1, n),
      floorMsPerSync: floor,
      endpointCpuShare: cpu / (elapsed * 1000),
      rssMiB: rss,
      peakRssMiB: peak,
      diskBytesPerSync: disk / Math.max(1, n),
      diskTypingBytesPerSync: diskTyping / Math.max(1, n),
    };
    console.log(
      `planning hour (typing: ${TYPING}): ${teams} teams x ${devicesPerTeam} devices, ${seconds} s, plan ${(plan.byteLength / 1024).toFixed(0)} KiB: ` +
        `${figures.syncsPerSec.toFixed(0)} syncs/s of ${figures.offeredPerSec} offered, ` +
        `p50 ${figures.p50Ms.toFixed(1)} ms, p99 ${figures.p99Ms.toFixed(1)} ms, max ${figures.maxMs.toFixed(0)} ms, errors ${errors}/${n}; ` +
        `endpoint CPU ${figures.cpuMsPerSync.toFixed(2)} ms/sync (${figures.systemCpuMsPerSync.toFixed(2)} in the kernel, ${figures.helperCpuMsPerSync.toFixed(2)} off the main thread; ${(figures.endpointCpuShare * 100).toFixed(0)} % of a core) ` +
        `vs Yjs floor ${figures.floorMsPerSync.toFixed(3)} ms; RSS ${rss.toFixed(0)} MiB (peak ${peak.toFixed(0)}); ` +
        `disk ${figures.diskBytesPerSync.toFixed(0)} B/sync (${figures.diskTypingBytesPerSync.toFixed(0)} while typing)`,
    );
    console.log(
      `the devices' own process used ${(clientCpuShare * 100).toFixed(0)} % of a core; ` +
        `its event loop stalled up to ${(clientDelay.max / 1e6).toFixed(0)} ms (p99 ${(clientDelay.percentile(99) / 1e6).toFixed(0)} ms)`,
    );
    if (errorKinds.size > 0) console.log('errors by kind:', Object.fromEntries(errorKinds));
    return figures;
  } finally {
    await server.stop();
    if (process.env.KEEP_DATA) console.log(`data kept in ${server.dataDir}`);
    else removeDataDir(server.dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void measurePlanningHour().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
