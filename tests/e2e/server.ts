/**
 * Starts the real endpoint for end-to-end tests: its own process (so a test
 * can stop or kill -9 it), an ephemeral port, a temporary DATA_DIR, serving
 * the built app from dist/. The server prints
 * `listening on http://127.0.0.1:<port>` once it accepts connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../../scripts/buildServer.mjs';

export const ORGANIZER_TOKEN = 'e2e-organizer-token-0123456789abcdef';

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  /** Stop gracefully (SIGTERM) and wait for exit. */
  stop: () => Promise<void>;
  /** SIGKILL, as a crash would. */
  kill: () => Promise<void>;
  /** Start again on the same port and data directory. */
  restart: () => Promise<RunningServer>;
}

export async function startServer(
  opts: { port?: number; dataDir?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'convening-e2e-'));
  // ENDPOINT_NODE_ARGS: extra node flags for the endpoint (benchmarks, e.g.
  // "--cpu-prof --cpu-prof-dir=/tmp/prof": node refuses --cpu-prof in
  // NODE_OPTIONS).
  const extra = process.env.ENDPOINT_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  // The endpoint as `npm start` runs it: the bundle, rebuilt when a source is newer.
  const proc = spawn(process.execPath, [...extra, buildServer()], {
    env: {
      ...process.env,
      PORT: String(opts.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ORGANIZER_TOKEN,
      NODE_ENV: 'production',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 20_000);
    const onData = (b: Buffer) => {
      log += b.toString();
      const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (b: Buffer) => (log += b.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${log}`));
    });
  });
  const exited = new Promise<void>((r) => proc.on('exit', () => r()));
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    proc,
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      proc.kill('SIGKILL');
      await exited;
    },
    restart: () => startServer({ ...opts, port, dataDir }),
  };
  return server;
}

export function removeDataDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Publishes an agenda through the HTTP API as an organizer script would:
 * `PUT /api/agenda` with the organizer token and `If-Match` on `base`'s
 * version. Returns the raw response for the caller to check.
 */
export function publishAgenda(
  url: string,
  base: { version: number },
  agenda: unknown,
): Promise<Response> {
  return fetch(`${url}/api/agenda`, {
    method: 'PUT',
    headers: {
      authorization: `Bearer ${ORGANIZER_TOKEN}`,
      'content-type': 'application/json',
      'if-match': `"${base.version}"`,
    },
    body: JSON.stringify(agenda),
  });
}
