/**
 * The one endpoint harness for the server tests (kept outside the product
 * tree). Two ways to run the real endpoint, both on an ephemeral port with a
 * temporary DATA_DIR:
 *
 * - `startTestServer()`: in this process, for tests that need its storage,
 *   logs or clock (fault injection, health, headers);
 * - `endpointForFile()`: a child process for the whole test file, for tests
 *   that stop, restart or kill -9 it (tests/e2e/server.ts starts it).
 *
 * Plus a tiny fake dist/ folder and a raw HTTP client that shows the bytes
 * on the wire (fetch would decompress them for us).
 */
import { afterAll, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startServer, type RunningServer, type StartOptions } from '../src/server';
import {
  removeDataDir,
  startServer as startChildServer,
  type RunningServer as ChildServer,
} from '../../tests/e2e/server';

export const TEST_TOKEN = 'test-organizer-token-0123456789abcdef';

export interface TestServer extends RunningServer {
  dataDir: string;
  logs: string[];
  /** Closes the server (if still open) and removes its temporary folders. */
  cleanup(): Promise<void>;
}

export function tempDir(prefix = 'convening-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startTestServer(opts: Partial<StartOptions> = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? tempDir();
  const staticDir = opts.staticDir ?? tempDir('convening-dist-');
  const logs: string[] = [];
  const running = await startServer({
    organizerToken: TEST_TOKEN,
    log: (line) => logs.push(line),
    closeGraceMs: 200,
    ...opts,
    dataDir,
    staticDir,
  });
  let closed = false;
  const close = async () => {
    if (!closed) {
      closed = true;
      await running.close();
    }
  };
  return {
    ...running,
    close,
    dataDir,
    logs,
    cleanup: async () => {
      await close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (!opts.staticDir) rmSync(staticDir, { recursive: true, force: true });
    },
  };
}

/** A JS file big enough to be worth compressing (and to compress well). */
export const FAKE_JS =
  '// fake bundle\n' +
  Array.from(
    { length: 200 },
    (_, i) => `export const value${i} = "the same words again ${i}";`,
  ).join('\n');

export const FAKE_INDEX_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fake app</title>
<script type="module" src="/assets/index-AbC123.js"></script>
<link rel="stylesheet" href="/assets/index-XyZ789.css"></head>
<body><div id="root"></div>${'<!-- padding to make compression worthwhile -->'.repeat(20)}</body></html>`;

/** Writes a small stand-in for vite's dist/ and returns its path. */
export function makeFakeDist(): string {
  const dir = tempDir('convening-dist-');
  const files: Record<string, string | Buffer> = {
    'index.html': FAKE_INDEX_HTML,
    'assets/index-AbC123.js': FAKE_JS,
    'assets/index-XyZ789.css': 'body{color:#111}\n'.repeat(40),
    'sw.js': 'self.addEventListener("install",()=>{});\n'.repeat(20),
    'workbox-9c191d2f.js': 'var workbox = {};\n'.repeat(30),
    'manifest.webmanifest': JSON.stringify({
      name: 'Fake',
      short_name: 'F',
      icons: [],
      pad: 'x'.repeat(400),
    }),
    'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<rect width="1" height="1"/>'.repeat(20)}</svg>`,
    'icons/icon-192.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    'tiny.txt': 'hi',
    '.secret': 'do not serve',
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One HTTP request with exactly the given headers; the body is returned undecoded. */
export function raw(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; path?: string } = {},
): Promise<RawResponse> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: opts.path ?? u.pathname + u.search,
        method: opts.method ?? 'GET',
        headers: opts.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * One endpoint in a child process for a test file: started before its tests,
 * stopped and its data removed after. A test that restarts it hands the new
 * one back through `server`.
 */
export function endpointForFile(opts?: Parameters<typeof startChildServer>[0]): {
  server: ChildServer;
} {
  let current: ChildServer | undefined;
  beforeAll(async () => {
    current = await startChildServer(opts);
  });
  afterAll(async () => {
    if (!current) return;
    await current.stop();
    removeDataDir(current.dataDir);
  });
  return {
    get server(): ChildServer {
      if (!current) throw new Error('the endpoint has not started');
      return current;
    },
    set server(next: ChildServer) {
      current = next;
    },
  };
}
