/**
 * `npm run bench`: every figure the product promises, measured in one run
 * against the real app and, where it applies, a bare baseline (Vite + React +
 * Dexie + zustand + date-fns) built by this script. Prints one table and
 * writes bench/out/bench.json.
 *
 *   npm run bench                  # everything (about 5-8 minutes here)
 *   npm run bench -- --budgets     # the cheap parts (sizes, Lighthouse) and
 *                                  # the budgets in bench/budgets.json; exit 1 on a breach
 *   --no-build                     # measure the existing dist/ (CI builds it just before)
 *
 * Everything runs on 127.0.0.1 only; every load loop is bounded.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { removeDataDir, startServer } from '../tests/e2e/server';
import { buildBaseline } from './baseline';
import { lighthouseMedian, type LighthouseFigures } from './lighthouse';
import { firstRouteSizes, precacheBytes, type FirstRouteSizes } from './sizes';

type Limit = { max?: number; min?: number };
type Budgets = Record<string, Limit>; // keys starting with '_' are notes

const args = new Set(process.argv.slice(2));
const budgetsOnly = args.has('--budgets');
const kib = (b: number) => b / 1024;

interface Side {
  sizes: FirstRouteSizes;
  precache: { entries: number; bytes: number; gzip: number };
  lighthouse: LighthouseFigures;
}

async function lighthouseOf(staticDir: string): Promise<LighthouseFigures> {
  const server = await startServer({ env: { STATIC_DIR: staticDir } });
  try {
    return await lighthouseMedian(`${server.url}/`, 3);
  } finally {
    await server.stop();
    removeDataDir(server.dataDir);
  }
}

async function measureSide(distDir: string): Promise<Side> {
  return {
    sizes: firstRouteSizes(distDir),
    precache: precacheBytes(distDir),
    lighthouse: await lighthouseOf(distDir),
  };
}

function checkBudgets(figures: Record<string, number>, budgets: Budgets): string[] {
  const broken: string[] = [];
  for (const [name, limit] of Object.entries(budgets)) {
    if (name.startsWith('_')) continue; // notes, not limits
    const value = figures[name];
    if (value === undefined || Number.isNaN(value)) {
      broken.push(`${name}: not measured`);
      continue;
    }
    if (limit.max !== undefined && value > limit.max)
      broken.push(`${name}: ${value} > ${limit.max}`);
    if (limit.min !== undefined && value < limit.min)
      broken.push(`${name}: ${value} < ${limit.min}`);
  }
  return broken;
}

function row(label: string, app: string, baseline = '', note = ''): string {
  return `| ${label} | ${app} | ${baseline} | ${note} |`;
}

async function main() {
  if (!args.has('--no-build')) {
    console.log('Building the app…');
    execSync('npx vite build', { stdio: 'ignore' });
  }
  console.log('Building the baseline…');
  const baselineDist = await buildBaseline();

  console.log('Sizes and Lighthouse (median of 3, mobile defaults), app then baseline…');
  const app = await measureSide('dist');
  const base = await measureSide(baselineDist);
  const ratio = app.sizes.jsGzip / base.sizes.jsGzip;

  const figures: Record<string, number> = {
    firstRouteJsGzipKiB: +kib(app.sizes.jsGzip).toFixed(1),
    firstRouteJsRatioToBaseline: +ratio.toFixed(3),
    lighthousePerformance: app.lighthouse.performance,
    lighthouseAccessibility: app.lighthouse.accessibility,
    lighthouseLcpMs: Math.round(app.lighthouse.lcpMs),
    precacheKiB: +kib(app.precache.bytes).toFixed(1),
  };

  const lines = [
    '| figure | app | baseline | note |',
    '| --- | --- | --- | --- |',
    row(
      'first-route JS, gzip',
      `${kib(app.sizes.jsGzip).toFixed(1)} KiB`,
      `${kib(base.sizes.jsGzip).toFixed(1)} KiB`,
      `ratio ${ratio.toFixed(2)}`,
    ),
    row(
      'first-route JS, brotli',
      `${kib(app.sizes.jsBrotli).toFixed(1)} KiB`,
      `${kib(base.sizes.jsBrotli).toFixed(1)} KiB`,
      `ratio ${(app.sizes.jsBrotli / base.sizes.jsBrotli).toFixed(2)}`,
    ),
    row(
      'first-route CSS, gzip / brotli',
      `${kib(app.sizes.cssGzip).toFixed(1)} / ${kib(app.sizes.cssBrotli).toFixed(1)} KiB`,
      `${kib(base.sizes.cssGzip).toFixed(1)} / ${kib(base.sizes.cssBrotli).toFixed(1)} KiB`,
    ),
    row(
      'precache (raw / gzip)',
      `${app.precache.entries} files, ${kib(app.precache.bytes).toFixed(1)} / ${kib(app.precache.gzip).toFixed(1)} KiB`,
      'no service worker',
    ),
    row(
      'Lighthouse performance',
      app.lighthouse.performance.toFixed(2),
      base.lighthouse.performance.toFixed(2),
      'median of 3',
    ),
    row(
      'Lighthouse accessibility',
      app.lighthouse.accessibility.toFixed(2),
      base.lighthouse.accessibility.toFixed(2),
    ),
    row(
      'Lighthouse best practices',
      app.lighthouse.bestPractices.toFixed(2),
      base.lighthouse.bestPractices.toFixed(2),
    ),
    row(
      'LCP (simulated mobile)',
      `${Math.round(app.lighthouse.lcpMs)} ms`,
      `${Math.round(base.lighthouse.lcpMs)} ms`,
    ),
    row('TBT', `${Math.round(app.lighthouse.tbtMs)} ms`, `${Math.round(base.lighthouse.tbtMs)} ms`),
    row('CLS', app.lighthouse.cls.toFixed(3), base.lighthouse.cls.toFixed(3)),
  ];
  const json: Record<string, unknown> = {
    when: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memGiB: +(totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
    },
    app,
    baseline: base,
    figures,
  };

  if (!budgetsOnly) {
    const { offlineWarmStart } = await import('./offlineStart');
    const { measurePlanFigures } = await import('./plan-bench');
    const { measureSyncFigures } = await import('./sync-figures');
    const { measureSyncLatency } = await import('./load-sync');
    const { measurePublishToBanner } = await import('./publish-to-banner');

    console.log('Offline warm start (median of 10)…');
    const offline = await offlineWarmStart(10);
    console.log('Plan editor: keystroke to committed, 200-step plan…');
    const plan = await measurePlanFigures();
    console.log('Sync: bytes per edit, 500 queued edits…');
    const sync = await measureSyncFigures(3);
    console.log('Sync latency at 100 and 500 concurrent devices…');
    const latency = await measureSyncLatency([100, 500], 5);
    console.log('Publish to banner with 200 devices on the event stream…');
    const publish = await measurePublishToBanner(200, 5);

    lines.push(
      row(
        'offline warm start → agenda visible',
        `median ${offline.medianMs.toFixed(0)} ms`,
        'n/a',
        `runs ${offline.runsMs.map((t) => t.toFixed(0)).join(', ')}`,
      ),
      row(
        'keystroke → committed in IndexedDB',
        `median ${plan.keystrokeToCommittedMs.median} ms, p95 ${plan.keystrokeToCommittedMs.p95} ms`,
        'n/a',
        `${plan.keystrokeToCommittedMs.samples} keys`,
      ),
      row(
        '200-step plan on disk / load',
        `${kib(plan.plan200.storedBytes).toFixed(1)} KiB / median ${plan.plan200.loadToLastStepMs.median} ms`,
        'n/a',
      ),
      row(
        'bytes sent for one edit (200-step plan)',
        `${sync.bytesForOneEdit} B`,
        'n/a',
        'request body',
      ),
      row(
        '500 queued edits → converged',
        `median ${sync.queued500ConvergeMs.toFixed(0)} ms`,
        'n/a',
        'push + second device pull',
      ),
      ...latency.map((l) =>
        row(
          `sync latency, ${l.devices} concurrent devices`,
          `median ${l.medianMs.toFixed(0)} ms, p99 ${l.p99Ms.toFixed(0)} ms`,
          'n/a',
          `${l.samples} syncs, ${l.failures} failed`,
        ),
      ),
      row(
        'publish → event, 200 devices',
        `median ${publish.eventMedianMs.toFixed(0)} ms, slowest ${publish.eventSlowestMs.toFixed(0)} ms`,
        'n/a',
      ),
      row(
        'publish → agenda fetched, 200 devices',
        `median ${publish.fetchedMedianMs.toFixed(0)} ms, slowest ${publish.fetchedSlowestMs.toFixed(0)} ms`,
        'n/a',
      ),
      row(
        'publish → banner visible (Chromium)',
        `median ${publish.bannerMedianMs.toFixed(0)} ms, slowest ${publish.bannerSlowestMs.toFixed(0)} ms`,
        'n/a',
      ),
    );
    Object.assign(json, { offline, plan, sync, latency, publish });
  }

  const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Budgets;
  const broken = checkBudgets(figures, budgets);
  json.budgets = { budgets, broken };
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/bench.json', JSON.stringify(json, null, 2) + '\n');
  console.log('\n' + lines.join('\n'));
  console.log(`\nBudgets (bench/budgets.json): ${broken.length === 0 ? 'all met' : 'BROKEN'}`);
  for (const [name, value] of Object.entries(figures)) {
    const limit = budgets[name];
    const bound = limit
      ? [
          limit.min !== undefined ? `≥ ${limit.min}` : '',
          limit.max !== undefined ? `≤ ${limit.max}` : '',
        ]
          .join(' ')
          .trim()
      : '';
    console.log(
      `  ${broken.some((b) => b.startsWith(name + ':')) ? '✗' : '✓'} ${name} = ${value} ${bound}`,
    );
  }
  if (broken.length > 0) process.exit(1);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
