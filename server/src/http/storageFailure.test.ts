/**
 * Storage failures on the real endpoint (issue 11, D6). A full disk is real
 * SQLite: `PRAGMA max_page_count` caps the file at its current size, so the
 * next write that needs a page fails with SQLITE_FULL exactly as on a full
 * disk. Health failures are injected as the SqliteError better-sqlite3
 * throws. Every failure is a 503 with a code and Retry-After; nothing
 * acknowledged is lost; the device keeps its outbox and gets through later.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, TEST_TOKEN, type TestServer } from '../../test/endpoint';
import { joinedDevice, serverPlan } from '../../test/planSyncKit';
import type { FetchLike } from '../../../src/sync/planSync';
import { SYNC_ERRORS } from '../../../src/wire/protocol';

let srv: TestServer | undefined;
afterEach(() => srv?.cleanup());

async function teamDevice(server: TestServer) {
  const res = await fetch(`${server.url}/api/teams`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'MT' }),
  });
  const { joinCode } = (await res.json()) as { joinCode: string };
  return joinedDevice(server.url, joinCode, 'device');
}

describe('a full disk', () => {
  it('answers sync with 503 storage_full and Retry-After; the device keeps its outbox and gets through later', async () => {
    srv = await startTestServer();
    const device = await teamDevice(srv);
    device.typeNotes('Acknowledged before the disk filled. ');
    expect((await device.syncAll()).kind).toBe('synced');

    const db = srv.storage.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    device.typeNotes('Typed while the disk is full. '.repeat(2000));
    const answers: Response[] = [];
    const recording: FetchLike = async (url, init) => {
      const res = await fetch(url, init);
      answers.push(res.clone());
      return res;
    };
    const refused = await device.sync({ fetch: recording });
    expect(refused).toMatchObject({ kind: 'failed', status: 503, retryAfterMs: 60_000 });
    const res = answers[0]!;
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await res.json()).toMatchObject({ error: SYNC_ERRORS.storageFull, retryAfter: 60 });
    expect(device.unsentCount()).toBeGreaterThan(0);
    // One short log line, no stack trace.
    const logged = srv.logs.filter((l) => l.startsWith('Storage failure'));
    expect(logged).toEqual([
      expect.stringMatching(/^Storage failure on POST \/api\/plans\/\S+\/sync: SQLITE_FULL: /),
    ]);
    expect(srv.logs.join('\n')).not.toMatch(/\n\s+at /);
    // What was acknowledged is still there.
    expect((await serverPlan(device)).getText('notes').toString()).toBe(
      'Acknowledged before the disk filled. ',
    );

    // Space comes back: the same outbox goes through, nothing lost or doubled.
    db.pragma('max_page_count = 1073741823');
    expect((await device.syncAll()).kind).toBe('synced');
    expect(device.unsentCount()).toBe(0);
    expect((await serverPlan(device)).getText('notes').toString()).toBe(device.notes());
  });

  it('makes /healthz fail with the storage code and Retry-After, and recover', async () => {
    srv = await startTestServer();
    const heartbeat = srv.storage.heartbeat;
    srv.storage.heartbeat = () => {
      throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
    };
    const full = await fetch(`${srv.url}/healthz`);
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toBe('60');
    expect(await full.json()).toEqual({
      ok: false,
      storage: 'full',
      error: SYNC_ERRORS.storageFull,
    });

    srv.storage.heartbeat = () => {
      throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE');
    };
    const broken = await fetch(`${srv.url}/healthz`);
    expect(broken.status).toBe(503);
    expect(broken.headers.get('retry-after')).toBe('30');
    expect(await broken.json()).toMatchObject({ storage: 'unavailable' });

    srv.storage.heartbeat = heartbeat;
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
  });
});

describe('GET /healthz', () => {
  it('writes a heartbeat row (at most once a second): a read-only database fails it', async () => {
    let clock = Date.parse('2015-06-10T14:00:00Z');
    srv = await startTestServer({ now: () => new Date(clock) });
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    expect(srv.storage.settings.get('healthz_heartbeat')).toBe('2015-06-10T14:00:00.000Z');
    // A flood of health checks is not a flood of writes.
    clock += 500;
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    expect(srv.storage.settings.get('healthz_heartbeat')).toBe('2015-06-10T14:00:00.000Z');

    // A connection that may only read: SQLite itself refuses the write (SQLITE_READONLY).
    srv.storage.db.pragma('query_only = ON');
    clock += 1000;
    const res = await fetch(`${srv.url}/healthz`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toMatchObject({ storage: 'unavailable' });
    // A failure is not remembered: the next check writes again.
    srv.storage.db.pragma('query_only = OFF');
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    expect(srv.storage.settings.get('healthz_heartbeat')).toBe('2015-06-10T14:00:01.500Z');
  });
});
