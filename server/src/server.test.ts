// Starting, restarting and stopping the endpoint: seeding once, migrations,
// the organizer credential, and the real entry point as its own process.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE_NAME } from './db/index';
import { MIGRATIONS } from './db/migrations';
import { ORGANIZER_HASH_KEY } from './auth/organizer';
import { startTestServer, tempDir, TEST_TOKEN } from '../test/endpoint';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function dataDir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}

function putAgenda(url: string, token: string, ifMatch?: string, body = '{}'): Promise<Response> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
  };
  if (ifMatch) headers['If-Match'] = ifMatch;
  return fetch(`${url}/api/agenda`, { method: 'PUT', headers, body });
}

describe('storage across restarts', () => {
  it('seeds the shipped agenda once, keeps published versions, and migrates fully', async () => {
    const dir = dataDir();
    const first = await startTestServer({ dataDir: dir });
    expect(first.logs).toContain('Stored the shipped agenda as version 1.');
    const agenda = await (await fetch(`${first.url}/api/agenda`)).json();
    const res = await putAgenda(first.url, TEST_TOKEN, '"1"', JSON.stringify(agenda));
    expect(res.status).toBe(200);
    await first.cleanup();

    const second = await startTestServer({ dataDir: dir });
    expect(second.logs).not.toContain('Stored the shipped agenda as version 1.');
    expect((await fetch(`${second.url}/api/agenda`)).headers.get('etag')).toBe('"2"');
    await second.cleanup();

    const db = new Database(join(dir, DB_FILE_NAME), { readonly: true });
    try {
      const rows = db
        .prepare('SELECT version, published_by FROM agenda_versions ORDER BY version')
        .all();
      expect(rows).toEqual([
        { version: 1, published_by: 'seed' },
        { version: 2, published_by: 'organizer' },
      ]);
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    } finally {
      db.close();
    }
  });
});

describe('organizer credential', () => {
  it('generates and prints one when ORGANIZER_TOKEN is unset, storing only its hash', async () => {
    const dir = dataDir();
    const srv = await startTestServer({ dataDir: dir, organizerToken: undefined });
    const printed = srv.logs.join('\n');
    const token = /generated:\s+(\S+)/.exec(printed)?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The token works (428: past authorization, stopped at the missing If-Match) …
    expect((await putAgenda(srv.url, token!)).status).toBe(428);
    expect((await putAgenda(srv.url, TEST_TOKEN)).status).toBe(403);
    await srv.cleanup();

    // … only its hash is on disk …
    const bytes = ['', '-wal', '-shm']
      .map((s) => join(dir, DB_FILE_NAME + s))
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f).toString('latin1'))
      .join('');
    expect(bytes).not.toContain(token);
    const db = new Database(join(dir, DB_FILE_NAME), { readonly: true });
    const stored = db.prepare('SELECT value FROM settings WHERE key = ?').get(ORGANIZER_HASH_KEY);
    db.close();
    expect(stored).toEqual({ value: createHash('sha256').update(token!).digest('hex') });

    // … and a restart neither prints a new one nor forgets the old one.
    const again = await startTestServer({ dataDir: dir, organizerToken: undefined });
    expect(again.logs.join('\n')).not.toContain('generated');
    expect((await putAgenda(again.url, token!)).status).toBe(428);
    await again.cleanup();
  });

  it('lets ORGANIZER_TOKEN replace a generated credential', async () => {
    const dir = dataDir();
    const gen = await startTestServer({ dataDir: dir, organizerToken: undefined });
    const token = /generated:\s+(\S+)/.exec(gen.logs.join('\n'))![1]!;
    await gen.cleanup();
    const env = await startTestServer({ dataDir: dir, organizerToken: TEST_TOKEN });
    expect((await putAgenda(env.url, TEST_TOKEN)).status).toBe(428);
    expect((await putAgenda(env.url, token)).status).toBe(403);
    await env.cleanup();
  });
});

describe('the entry point (node --import tsx server/src/index.ts)', () => {
  it('prints the listening line, serves, and exits cleanly on SIGTERM', async () => {
    const dir = dataDir();
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dir,
        ORGANIZER_TOKEN: TEST_TOKEN,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line:\n${out}`)), 30_000);
      proc.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/m.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      proc.stderr.on('data', (b: Buffer) => (out += b.toString()));
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a bad PORT with a clear message', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
      env: { ...process.env, PORT: 'eighty', DATA_DIR: dataDir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    proc.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const code = await new Promise<number | null>((r) => proc.on('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(err).toContain('PORT must be a whole number');
  });
});
