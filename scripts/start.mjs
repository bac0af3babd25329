// `npm start`: build the PWA if dist/ is missing or older than the sources,
// bundle the endpoint likewise (scripts/buildServer.mjs), then run it (it
// also serves dist/) as one Node process.
import { execSync, spawn } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDeps } from './ensureDeps.mjs';
import { buildServer } from './buildServer.mjs';

ensureDeps();

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(
  newest('src'),
  newest('public'),
  statSync('index.html').mtimeMs,
  statSync('vite.config.ts').mtimeMs,
);
if (built < sources) {
  console.log('Building the app (dist/ is missing or older than the sources)…');
  execSync('npx vite build', { stdio: 'inherit' });
}
const child = spawn(process.execPath, [buildServer()], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
