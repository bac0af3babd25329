// The endpoint as one JavaScript file (dist-server/index.mjs), bundled by
// esbuild from server/src and the shared src/ code, packages left to
// node_modules. `npm start` and the tests' endpoint run it with plain node:
// running the TypeScript through the tsx loader instead cost about 33 MiB of
// resident memory and a slower start (BENCHMARKS.md, "The planning hour").
// Rebuilt whenever a source file is newer than the bundle; written to a
// temporary name first, so endpoints starting in parallel never run half a file.
import { buildSync } from 'esbuild';
import { existsSync, renameSync, statSync } from 'node:fs';
import { newestMtime } from './newestMtime.mjs';

export const SERVER_BUNDLE = 'dist-server/index.mjs';
const SOURCES = ['server/src', 'src'];

/** Builds the bundle if it is missing or older than a source; returns its path. */
export function buildServer({ force = false } = {}) {
  const built = existsSync(SERVER_BUNDLE) ? statSync(SERVER_BUNDLE).mtimeMs : 0;
  if (!force && built >= Math.max(...SOURCES.map(newestMtime))) return SERVER_BUNDLE;
  const tmp = `${SERVER_BUNDLE}.${process.pid}.tmp`;
  buildSync({
    entryPoints: ['server/src/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: tmp,
    logLevel: 'warning',
  });
  renameSync(tmp, SERVER_BUNDLE);
  return SERVER_BUNDLE;
}
