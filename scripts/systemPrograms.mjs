// Every program outside node_modules that the tests or the bench spawn, and
// the Debian package that brings it. `.ci/run` installs the missing packages
// from this list (apt-get), `npm test` checks it first, and
// scripts/systemPrograms.test.ts fails when a test spawns a program that is
// not listed here, so no test can lean on whatever happens to be installed on
// one developer's machine. Node built-ins only: this runs before `npm ci`.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** @type {{ program: string; pkg: string; usedBy: string; path?: () => string | undefined }[]} */
export const SYSTEM_PROGRAMS = [
  {
    program: 'chromium',
    pkg: 'chromium',
    usedBy:
      'Playwright specs, Lighthouse budgets, bench (Debian Chromium, never a downloaded browser)',
    // playwright.config.ts and the bench launch CHROMIUM_PATH or /usr/bin/chromium.
    path: () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  },
  {
    program: 'pdftotext',
    pkg: 'poppler-utils',
    usedBy: 'tests/e2e/plan.spec.ts reads the printed plan PDF back as text',
  },
  {
    program: 'xmllint',
    pkg: 'libxml2-utils',
    usedBy: 'the agenda-format tests validate the schedule.xml export against the frab XSD',
  },
];

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where `program` would run from, or undefined when it is not installed. */
export function locate(entry) {
  if (entry.path) {
    const p = entry.path();
    return p && isExecutable(p) ? p : undefined;
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, entry.program))) return join(dir, entry.program);
  }
  return undefined;
}

/** The listed programs this machine lacks. */
export function missingPrograms() {
  return SYSTEM_PROGRAMS.filter((e) => locate(e) === undefined);
}

/** One line per missing program, naming the package to install. */
export function describeMissing(missing) {
  return missing.map(
    (e) => `missing system program "${e.program}" (${e.usedBy}): apt-get install -y ${e.pkg}`,
  );
}

// CLI: `node scripts/systemPrograms.mjs` checks and explains (exit 1 when any
// is missing); `--missing-packages` prints the packages to install, one line.
if (import.meta.url === `file://${process.argv[1]}`) {
  const missing = missingPrograms();
  if (process.argv.includes('--missing-packages')) {
    console.log([...new Set(missing.map((e) => e.pkg))].join(' '));
    process.exit(0);
  }
  if (missing.length === 0) {
    for (const e of SYSTEM_PROGRAMS) console.log(`ok ${e.program} (${e.pkg}): ${locate(e)}`);
    process.exit(0);
  }
  for (const line of describeMissing(missing)) console.error(line);
  process.exit(1);
}
