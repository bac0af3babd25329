// Installs the locked dependencies when a fresh clone has none yet, so
// `npm start` and `npm test` are the only commands a new machine needs.
// Uses only Node built-ins: it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureDeps() {
  if (existsSync('node_modules/.package-lock.json')) return;
  console.log('First run: installing dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
