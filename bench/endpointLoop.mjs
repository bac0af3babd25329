// Preloaded into the endpoint by bench/planning-hour.ts (NODE_OPTIONS
// --import), never by the product: the endpoint's own event-loop stalls
// (bench/loopLateness.mjs), so a slow answer can be told from a pause in the
// devices' process. On each SIGUSR2 it writes what it saw since the last one
// to BENCH_LOOP_FILE (numbered, so the bench knows which report it reads)
// and starts again.
import { renameSync, writeFileSync } from 'node:fs';
import { stallFigures, watchLoop } from './loopLateness.mjs';

const loop = watchLoop();
let reports = 0;
process.on('SIGUSR2', () => {
  reports += 1;
  const report = { n: reports, ...stallFigures(loop.lateness) };
  // Written aside and renamed, so the bench never reads a half-written file.
  const file = process.env.BENCH_LOOP_FILE;
  writeFileSync(`${file}.tmp`, JSON.stringify(report));
  renameSync(`${file}.tmp`, file);
  loop.reset();
});
