// `npm test`: every gate in order (typecheck, lint, format, unit/component/
// server tests, build, Playwright in Debian's Chromium), then one closing
// line `N passed, N failed` summed from the runners' JSON reports.
// Set SKIP_E2E=1 to skip Playwright and SKIP_BUDGETS=1 to skip the
// performance budgets (for quick local runs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureDeps } from './ensureDeps.mjs';

ensureDeps();

// Not test-results/: Playwright empties that folder when it starts.
const out = 'test-reports';
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n── ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function gate(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${label} failed`);
  }
}

// First: the system programs the tests spawn, each named with its Debian
// package, so a missing one is one clear line instead of a failing test.
gate('system programs', 'node', ['scripts/systemPrograms.mjs']);
gate('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
gate('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
gate('format', 'npx', ['prettier', '--check', '.']);

// Vitest: unit, component and server tests.
const vitestJson = `${out}/vitest.json`;
const vitestOk = run('vitest', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  if (!vitestOk && r.numFailedTests === 0) failed += 1;
} else failed += 1;

const buildOk = run('build', 'npx', ['vite', 'build']);
if (buildOk) passed += 1;
else failed += 1;

if (process.env.SKIP_E2E !== '1' && buildOk) {
  // playwright.config.ts writes its JSON report there.
  const pwJson = 'test-results/playwright.json';
  const pwOk = run('playwright', 'npx', ['playwright', 'test']);
  if (existsSync(pwJson)) {
    const r = JSON.parse(readFileSync(pwJson, 'utf8'));
    passed += r.stats.expected + (r.stats.flaky ?? 0);
    failed += r.stats.unexpected;
    if (!pwOk && r.stats.unexpected === 0) failed += 1;
  } else failed += 1;
}

// Performance budgets (bench/budgets.json): bytes and counts (first-route JS
// against the bare baseline built in the same run, precache, lazy chunks),
// and Lighthouse side by side with that baseline (score and TBT as
// differences, accessibility 1.0), so load on the machine cancels out.
if (process.env.SKIP_BUDGETS !== '1' && buildOk) {
  if (run('budgets', 'node', ['--import', 'tsx', 'bench/run.ts', '--budgets', '--no-build']))
    passed += 1;
  else failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
