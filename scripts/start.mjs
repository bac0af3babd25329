// `npm start`: build the PWA if dist/ is missing or older than the sources,
// bundle the endpoint likewise (scripts/buildServer.mjs), then run it (it
// also serves dist/) as one Node process.
import { execSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { ensureDeps } from './ensureDeps.mjs';
import { newestMtime } from './newestMtime.mjs';

ensureDeps();
// Imported only now: it needs esbuild, which a fresh clone has after ensureDeps.
const { buildServer } = await import('./buildServer.mjs');

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const sources = Math.max(
  newestMtime('src'),
  newestMtime('public'),
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
