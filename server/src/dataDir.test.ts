/**
 * The real entry point on a DATA_DIR it cannot use (issue 11, D6): one clear
 * line on stderr, no stack trace, a non-zero exit. The read-only case runs
 * the endpoint as an unprivileged user when the tests run as root (root
 * writes through any mode bits), or, when that user cannot reach the
 * checkout, points it at a folder of /proc. A DATA_DIR another endpoint
 * holds is refused the same way (db/dataDirLock.ts).
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { tempDir, TEST_TOKEN } from '../test/endpoint';
import { startServer as startChildServer } from '../../tests/e2e/server';

const NOBODY = 65534;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function start(
  dataDir: string,
  asNobody = false,
): Promise<{ code: number | null; stderr: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ORGANIZER_TOKEN: TEST_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  let stderr = '';
  proc.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  // A server that did start is a failure of the test: stop it rather than hang.
  proc.stdout.on('data', (b: Buffer) => {
    if (b.toString().includes('listening on')) proc.kill('SIGTERM');
  });
  return new Promise((resolve) => proc.on('exit', (code) => resolve({ code, stderr })));
}

function expectOneClearLine(stderr: string, dataDir: string, why: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`Storage error: DATA_DIR ${dataDir} cannot hold the database`);
  expect(lines[0]).toMatch(why);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
}

it('a file where DATA_DIR should be: one line, exit 1', async () => {
  const parent = tempDir();
  dirs.push(parent);
  const dataDir = join(parent, 'data');
  writeFileSync(dataDir, 'not a directory');
  const { code, stderr } = await start(dataDir);
  expect(code).toBe(1);
  expectOneClearLine(stderr, dataDir, /it is a file, not a directory/);
});

/** Whether an unprivileged user can run the endpoint from this checkout (every folder up to it searchable). */
function othersCanReach(dir: string): boolean {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (dirname(d) === d) return true;
  }
}

it('a read-only DATA_DIR: one line, exit 1', async () => {
  const parent = tempDir();
  dirs.push(parent);
  let dataDir = join(parent, 'data');
  mkdirSync(dataDir);
  chmodSync(dataDir, 0o555);
  const asRoot = process.getuid?.() === 0;
  let asNobody = false;
  if (asRoot && othersCanReach(process.cwd())) {
    // The unprivileged user must be able to reach the directory to find it read-only.
    chmodSync(parent, 0o755);
    asNobody = true;
  } else if (asRoot) {
    // Root in a checkout nobody else may read: a folder of /proc, where no one creates files.
    dataDir = '/proc/self/fdinfo';
  }
  const { code, stderr } = await start(dataDir, asNobody);
  expect(code).toBe(1);
  expectOneClearLine(stderr, dataDir, /it is not writable \(SQLITE_CANTOPEN/);
});

it('a DATA_DIR another endpoint is using: one line, exit 1, and the first one keeps serving', async () => {
  const first = await startChildServer();
  dirs.push(first.dataDir);
  try {
    const { code, stderr } = await start(first.dataDir);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `Storage error: DATA_DIR ${first.dataDir} is in use by another endpoint. ` +
        'Stop that one first, or give this one a DATA_DIR of its own.',
    ]);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  } finally {
    await first.stop();
  }
});
