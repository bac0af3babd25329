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
 * "--cpu-prof --cpu-prof-dir=/tmp/prof" (tests/e2e/server.ts), and
 * DEVICE_NODE_ARGS to the devices' processes (e.g. "--trace-gc").
 *
 * The devices run in a child process of their own (DEVICE_PROCESSES of them,
 * default 1, whole teams each), not in this one: run here, their event loop
 * stalled up to 390 ms (in a process of their own, up to 66 ms; why, not
 * found) and those stalls showed in the latencies as if the endpoint had been
 * slow (BENCHMARKS.md). Two processes compete with the endpoint for the two
 * cores and did no better. The report gives both sides' longest event-loop
 * stalls while typing (the endpoint's through bench/endpointLoop.mjs). A
 * devices' stall as long as the slowest answer points at the bench; a quiet
 * endpoint loop does not clear the endpoint, since syncs queued behind
 * several short group commits wait without any one long stall.
 *
 * Bounded: at most 80 teams x 8 devices, 120 s, loopback only.
 */
import { fork } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addPartner, addStep, createPlanDoc, readPlan, setStepText } from '../src/domain/plan';
import { syncOnce, type TeamLink } from '../src/sync/planSync';
import { createTeam, joinTeam } from '../server/test/planSyncKit';
import { removeDataDir, startServer } from '../tests/e2e/server';
import { stallFigures, watchLoop } from './loopLateness.mjs';
import { cpuMs, statusKiB, threadCpu, writeBytes } from './procStats';

const TEAMS = Math.min(Number(process.env.TEAMS) || 55, 80);
const DEVICES = Math.min(Number(process.env.DEVICES) || 5, 8);
const SECONDS = Math.min(Number(process.env.SECONDS) || 30, 120);
const STEPS = 200;
/** After the run: how long to let the endpoint settle (idle compaction) before reading its disk bytes. */
const SETTLE_MS = Math.min(Number(process.env.SETTLE_MS) || 4000, 30_000);
const DEVICE_PROCESSES = Math.min(Math.max(1, Number(process.env.DEVICE_PROCESSES) || 1), 8);

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
  /** The endpoint's own event loop while the devices typed (bench/endpointLoop.mjs). */
  endpointStallMaxMs: number;
  endpointStallP99Ms: number;
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
  const loopFile = join(tmpdir(), `planning-hour-loop-${process.pid}.json`);
  const server = await startServer({
    // Every device comes from 127.0.0.1 here: the per-address connection cap is for the real world.
    env: {
      PLAN_IDLE_COMPACT_MS: '2000',
      SYNC_RATE_PER_SEC: '50',
      MAX_CONNECTIONS_PER_ADDRESS: '0',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${new URL('./endpointLoop.mjs', import.meta.url).pathname}`,
      BENCH_LOOP_FILE: loopFile,
    },
  });
  const pid = server.proc.pid!;
  try {
    const links: TeamLink[][] = [];
    for (let t = 0; t < teams; t++) {
      const team = await createTeam(server.url, 'VA');
      const ls: TeamLink[] = [];
      for (let i = 0; i < devicesPerTeam; i++) {
        const res = await joinTeam(server.url, team.joinCode);
        const { teamId, credential } = (await res.json()) as { teamId: string; credential: string };
        ls.push({ apiBase: server.url, teamId, credential });
      }
      // The first device pushes the grown plan; the rest already hold it.
      const seed = device(ls[0]!, plan);
      seed.unsent.push(plan);
      const r = await sync(seed, 60_000);
      if (r.kind !== 'synced') throw new Error(`seeding team ${t}: ${JSON.stringify(r)}`);
      seed.doc.destroy();
      links.push(ls);
    }
    // Whole teams per process (the floor applies a team's updates to one document).
    const groups = Array.from({ length: DEVICE_PROCESSES }, (_, k) =>
      links.filter((_, t) => t % DEVICE_PROCESSES === k),
    ).filter((g) => g.length > 0);
    const children = groups.map((g) => startDevices(g, plan, stepIds));
    try {
      // Each process makes its devices and warms them up (one edit and sync each, not measured).
      await Promise.all(children.map((c) => c.ready));
      const startAt = Date.now() + 500;
      for (const c of children) c.go(startAt, seconds);
      await new Promise((r) => setTimeout(r, startAt - Date.now()));
      // The endpoint's loop monitor starts again with the typing.
      process.kill(pid, 'SIGUSR2');
      const threads0 = threadCpu(pid);
      const cpu0 = cpuMs(pid);
      const disk0 = writeBytes(pid);
      const reports = await Promise.all(children.map((c) => c.report));
      const elapsed = (Date.now() - startAt) / 1000;
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
      const rss = statusKiB(pid, 'VmRSS') / 1024;
      const diskTyping = writeBytes(pid) - disk0;
      const loop = await endpointLoop(pid, loopFile);
      // Let idle compaction run, so its writes are counted too.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const disk = writeBytes(pid) - disk0;
      const peak = statusKiB(pid, 'VmHWM') / 1024;
      const {
        latencies,
        errors,
        errorKinds,
        clientCpuMs,
        stallMaxMs,
        stallP99Ms,
        gcMaxMs,
        slow,
        slowAcrossStall,
        slowestClearMs,
      } = mergeReports(reports);
      // When a devices' process is near a full core, the latencies include
      // its own queueing, not only the endpoint's.
      const clientCpuShare = clientCpuMs / (elapsed * 1000) / reports.length;
      const floor = yjsFloorMs(
        plan,
        reports.flatMap((r) => r.sent),
      );
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
        endpointStallMaxMs: loop.maxMs,
        endpointStallP99Ms: loop.p99Ms,
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
        `the devices' ${reports.length} processes used ${(clientCpuShare * 100).toFixed(0)} % of a core each; ` +
          `their event loops stalled up to ${stallMaxMs.toFixed(0)} ms (p99 ${stallP99Ms.toFixed(0)} ms); ` +
          `the endpoint's, up to ${loop.maxMs.toFixed(0)} ms (p99 ${loop.p99Ms.toFixed(0)} ms)`,
      );
      console.log(
        `the devices' longest GC pause: ${gcMaxMs.toFixed(0)} ms; ` +
          `${slowAcrossStall} of the ${slow} answers slower than ${SLOW_MS} ms waited across a stall of theirs of ${LONG_STALL_MS} ms or more; ` +
          `the slowest that did not: ${slowestClearMs > 0 ? `${slowestClearMs.toFixed(0)} ms` : `none over ${KEEP_OVER_MS} ms`}`,
      );
      if (errorKinds.size > 0) console.log('errors by kind:', Object.fromEntries(errorKinds));
      return figures;
    } finally {
      for (const c of children) c.stop();
    }
  } finally {
    await server.stop();
    if (process.env.KEEP_DATA) console.log(`data kept in ${server.dataDir}`);
    else removeDataDir(server.dataDir);
    rmSync(loopFile, { force: true });
    rmSync(`${loopFile}.tmp`, { force: true });
  }
}

/** The endpoint's second loop report (bench/endpointLoop.mjs): its stalls while the devices typed. */
async function endpointLoop(pid: number, file: string): Promise<{ maxMs: number; p99Ms: number }> {
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    const r = readLoopReport(file);
    if (r && r.n >= 2) return r;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`The endpoint's loop report never came (${file}).`);
}

function readLoopReport(file: string): { n: number; maxMs: number; p99Ms: number } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { n: number; maxMs: number; p99Ms: number };
  } catch {
    return undefined; // not written yet: the next poll tries again
  }
}

/** What a devices' process reports once its devices have typed for the whole run. */
interface DevicesReport {
  latencies: number[];
  errors: number;
  errorKinds: [string, number][];
  /** Each of its teams' updates as sent, base64 (the floor is measured in the parent, warm). */
  sent: string[][];
  cpuMs: number;
  stallMaxMs: number;
  stallP99Ms: number;
  /** Its longest garbage-collection pause while typing (the devices hold 275 plans). */
  gcMaxMs: number;
  /** Answers slower than SLOW_MS, and how many of them waited across one of its long stalls. */
  slow: number;
  slowAcrossStall: number;
  /** The slowest answer that did not wait across such a stall (0 when none took over KEEP_OVER_MS). */
  slowestClearMs: number;
}

/** What counts as a slow answer, and as a stall of the devices' loop long enough to matter. */
const SLOW_MS = 200;
const LONG_STALL_MS = 50;
/** Answers slower than this are kept with their times (for the slowest one clear of any stall). */
const KEEP_OVER_MS = 100;

/** Every process's report as one: latencies sorted, errors by kind, the longest stalls. */
function mergeReports(reports: DevicesReport[]) {
  const errorKinds = new Map<string, number>();
  for (const r of reports) {
    for (const [k, v] of r.errorKinds) errorKinds.set(k, (errorKinds.get(k) ?? 0) + v);
  }
  return {
    latencies: reports.flatMap((r) => r.latencies).sort((a, b) => a - b),
    errors: reports.reduce((a, r) => a + r.errors, 0),
    errorKinds,
    clientCpuMs: reports.reduce((a, r) => a + r.cpuMs, 0),
    stallMaxMs: Math.max(...reports.map((r) => r.stallMaxMs)),
    stallP99Ms: Math.max(...reports.map((r) => r.stallP99Ms)),
    gcMaxMs: Math.max(...reports.map((r) => r.gcMaxMs)),
    slow: reports.reduce((a, r) => a + r.slow, 0),
    slowAcrossStall: reports.reduce((a, r) => a + r.slowAcrossStall, 0),
    slowestClearMs: Math.max(...reports.map((r) => r.slowestClearMs)),
  };
}

/**
 * The floor: ms per update to apply each team's sent updates (base64) to an
 * in-memory document holding `plan`, one document per team, in this process.
 */
function yjsFloorMs(plan: Uint8Array, teams: string[][]): number {
  const updates = teams.map((team) => team.map((u) => new Uint8Array(Buffer.from(u, 'base64'))));
  const docs = updates.map(() => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, plan);
    return doc;
  });
  const t0 = performance.now();
  updates.forEach((team, t) => {
    for (const u of team) Y.applyUpdate(docs[t]!, u);
  });
  const n = updates.reduce((a, team) => a + team.length, 0);
  return (performance.now() - t0) / Math.max(1, n);
}

type ToDevices =
  | { kind: 'setup'; links: TeamLink[][]; plan: string; stepIds: string[] }
  | { kind: 'go'; startAt: number; seconds: number };
type FromDevices = { kind: 'ready' } | { kind: 'report'; report: DevicesReport };

/** Starts a devices' process for `links` (whole teams). */
function startDevices(links: TeamLink[][], plan: Uint8Array, stepIds: string[]) {
  const extra = process.env.DEVICE_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const child = fork(new URL(import.meta.url).pathname, ['devices'], {
    execArgv: ['--import', 'tsx', ...extra],
  });
  const next = (kind: FromDevices['kind']) =>
    new Promise<FromDevices>((resolve, reject) => {
      const onMessage = (m: FromDevices) => {
        if (m.kind !== kind) return;
        child.off('message', onMessage);
        resolve(m);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`a devices' process exited (${code})`)));
    });
  const ready = next('ready');
  const report = next('report').then((m) => (m as Extract<FromDevices, { kind: 'report' }>).report);
  // Handled by whoever awaits them; these keep an early exit from being an unhandled rejection.
  ready.catch(() => {});
  report.catch(() => {});
  const send = (m: ToDevices) => child.send(m);
  send({ kind: 'setup', links, plan: Buffer.from(plan).toString('base64'), stepIds });
  return {
    ready,
    report,
    go: (startAt: number, seconds: number) => send({ kind: 'go', startAt, seconds }),
    stop: () => child.kill(),
  };
}

/** The child's side: make the devices, warm them up, type from `startAt`, report. */
function runDevices(): void {
  let devices: Device[][] = [];
  let stepIds: string[] = [];
  process.on('message', (m: ToDevices) => {
    if (m.kind === 'setup') {
      const plan = new Uint8Array(Buffer.from(m.plan, 'base64'));
      stepIds = m.stepIds;
      devices = m.links.map((ls) => ls.map((link) => device(link, plan)));
      void Promise.all(
        devices.flat().map(async (d, i) => {
          keystroke(d, stepIds, i);
          await sync(d, 60_000);
        }),
      ).then(() => {
        for (const d of devices.flat()) d.sentLog = [];
        process.send!({ kind: 'ready' } satisfies FromDevices);
      });
      return;
    }
    void typeFor(devices, stepIds, m.startAt, m.seconds).then((report) => {
      process.send!({ kind: 'report', report } satisfies FromDevices, () => process.exit(0));
    });
  });
}

async function typeFor(
  devices: Device[][],
  stepIds: string[],
  startAt: number,
  seconds: number,
): Promise<DevicesReport> {
  const latencies: number[] = [];
  let errors = 0;
  const errorKinds = new Map<string, number>();
  const slow: { start: number; end: number }[] = [];
  const cpu0 = process.cpuUsage();
  await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const start = performance.now();
  const end = start + seconds * 1000;
  // This process's own event loop: a stall here delays every reply it has
  // not read yet, and shows in the latencies although the endpoint was quick.
  const loop = watchLoop(LONG_STALL_MS);
  // Its garbage collector's longest pause while typing.
  let gcMaxMs = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMaxMs = Math.max(gcMaxMs, e.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
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
        const took = performance.now() - t0;
        latencies.push(took);
        if (took > KEEP_OVER_MS) slow.push({ start: t0, end: t0 + took });
        if (r.kind !== 'synced') {
          errors += 1;
          const kind = `${r.kind}${'status' in r ? ` ${r.status}` : ''}${'error' in r ? ` ${r.error}` : ''}`;
          errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
        }
      }
    }),
  );
  gcObserver.disconnect();
  loop.stop();
  const acrossStall = (q: { start: number; end: number }) =>
    loop.stalls.some((p) => p.start < q.end && p.end > q.start);
  const usage = process.cpuUsage(cpu0);
  const stallFigs = stallFigures(loop.lateness);
  return {
    latencies,
    errors,
    errorKinds: [...errorKinds],
    sent: devices.map((ds) =>
      ds.flatMap((d) => d.sentLog.map((u) => Buffer.from(u).toString('base64'))),
    ),
    cpuMs: (usage.user + usage.system) / 1000,
    stallMaxMs: stallFigs.maxMs,
    stallP99Ms: stallFigs.p99Ms,
    gcMaxMs,
    slow: slow.filter((q) => q.end - q.start > SLOW_MS).length,
    slowAcrossStall: slow.filter((q) => q.end - q.start > SLOW_MS && acrossStall(q)).length,
    slowestClearMs: Math.max(0, ...slow.filter((q) => !acrossStall(q)).map((q) => q.end - q.start)),
  };
}

if (process.argv[2] === 'devices') {
  runDevices();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  void measurePlanningHour().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
