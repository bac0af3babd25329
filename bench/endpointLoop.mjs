// Preloaded into the endpoint by bench/planning-hour.ts (NODE_OPTIONS
// --import), never by the product: the endpoint's own event-loop stalls,
// so a slow answer can be told from a pause in the devices' process. On each
// SIGUSR2 it writes what it saw since the last one to BENCH_LOOP_FILE
// (numbered, so the bench knows which report it reads) and starts again.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { renameSync, writeFileSync } from 'node:fs';

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let reports = 0;
process.on('SIGUSR2', () => {
  reports += 1;
  const report = { n: reports, maxMs: delay.max / 1e6, p99Ms: delay.percentile(99) / 1e6 };
  // Written aside and renamed, so the bench never reads a half-written file.
  const file = process.env.BENCH_LOOP_FILE;
  writeFileSync(`${file}.tmp`, JSON.stringify(report));
  renameSync(`${file}.tmp`, file);
  delay.reset();
});
