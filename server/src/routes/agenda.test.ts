// GET /api/agenda (ETag, 304, compression) and PUT /api/agenda (publishing).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { request } from 'node:http';
import type { Agenda } from '../../../src/domain/agenda';
import { SHIPPED_AGENDA } from '../../../src/content/agenda';
import type { HubEvent } from '../events/hub';
import { raw, startTestServer, TEST_TOKEN, type TestServer } from '../../test/endpoint';

let srv: TestServer;
const events: HubEvent[] = [];

beforeAll(async () => {
  srv = await startTestServer();
  srv.hub.subscribe((e) => events.push(e));
});
afterAll(() => srv.cleanup());

async function current(): Promise<Agenda> {
  const res = await fetch(`${srv.url}/api/agenda`);
  expect(res.status).toBe(200);
  return (await res.json()) as Agenda;
}

function put(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${srv.url}/api/agenda`, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${TEST_TOKEN}`,
      'Content-Type': 'application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The current agenda with its first session moved to another room. */
async function edited(room: string): Promise<Agenda> {
  const a = await current();
  return { ...a, sessions: a.sessions.map((s, i) => (i === 0 ? { ...s, room } : s)) };
}

describe('GET /api/agenda', () => {
  it('serves the seeded shipped agenda with a quoted version ETag and no-cache', async () => {
    const res = await fetch(`${srv.url}/api/agenda`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as Agenda;
    expect(res.headers.get('etag')).toBe(`"${body.version}"`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(body.sessions.map((s) => s.id)).toEqual(SHIPPED_AGENDA.sessions.map((s) => s.id));
  });

  it('answers 304 to a matching If-None-Match, in plain, weak and list forms', async () => {
    const { version } = await current();
    for (const inm of [`"${version}"`, `W/"${version}"`, `"999", W/"${version}"`, '*']) {
      const res = await fetch(`${srv.url}/api/agenda`, { headers: { 'If-None-Match': inm } });
      expect(res.status, inm).toBe(304);
      expect(res.headers.get('etag')).toBe(`"${version}"`);
      expect(await res.text()).toBe('');
    }
  });

  it('answers 200 with the body to another version ETag', async () => {
    const res = await fetch(`${srv.url}/api/agenda`, { headers: { 'If-None-Match': '"99999"' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Agenda).sessions.length).toBeGreaterThan(0);
  });

  it('compresses the body when asked and the bytes decode to the same document', async () => {
    const plain = await raw(`${srv.url}/api/agenda`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gz = await raw(`${srv.url}/api/agenda`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    const br = await raw(`${srv.url}/api/agenda`, { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
  });
});

describe('PUT /api/agenda', () => {
  it('publishes a new version: version increments, GET returns it, the hub hears it', async () => {
    const before = await current();
    const next = await edited('Room published-1');
    const res = await put(
      { ...next, version: 4242, updatedAt: '2001-01-01T00:00:00Z' },
      {
        'If-Match': `"${before.version}"`,
      },
    );
    expect(res.status).toBe(200);
    const saved = (await res.json()) as Agenda;
    // The server sets version and updatedAt, ignoring the client's.
    expect(saved.version).toBe(before.version + 1);
    expect(saved.updatedAt).not.toBe('2001-01-01T00:00:00Z');
    expect(Date.now() - Date.parse(saved.updatedAt)).toBeLessThan(60_000);
    expect(res.headers.get('etag')).toBe(`"${before.version + 1}"`);
    const after = await current();
    expect(after.version).toBe(before.version + 1);
    expect(after.sessions[0]!.room).toBe('Room published-1');
    expect(events).toContainEqual({ type: 'agenda', version: before.version + 1 });
  });

  it('accepts a weak If-Match for the current version', async () => {
    const before = await current();
    const res = await put(await edited('Room weak'), { 'If-Match': `W/"${before.version}"` });
    expect(res.status).toBe(200);
    expect((await current()).version).toBe(before.version + 1);
  });

  it('refuses a stale If-Match with 412, the current agenda and its ETag, and stores nothing', async () => {
    const before = await current();
    const res = await put(await edited('Room stale'), { 'If-Match': `"${before.version - 1}"` });
    expect(res.status).toBe(412);
    expect(res.headers.get('etag')).toBe(`"${before.version}"`);
    const body = (await res.json()) as { error: string; current: Agenda };
    expect(body.error).toBe('stale');
    expect(body.current).toEqual(before);
    expect(await current()).toEqual(before);
  });

  it('requires If-Match (428), also refusing the catch-all "*"', async () => {
    const before = await current();
    const body = await edited('Room no if-match');
    expect((await put(body)).status).toBe(428);
    expect((await put(body, { 'If-Match': '*' })).status).toBe(428);
    const bad = await put(body, { 'If-Match': 'not-an-etag' });
    expect(bad.status).toBe(400);
    expect(await current()).toEqual(before);
  });

  it('answers 401 without a credential and 403 with a wrong one, changing nothing', async () => {
    const before = await current();
    const body = JSON.stringify(await edited('Room intruder'));
    const headers = { 'Content-Type': 'application/json', 'If-Match': `"${before.version}"` };
    const none = await fetch(`${srv.url}/api/agenda`, { method: 'PUT', headers, body });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await none.json()) as { error: string }).error).toBe('unauthorized');
    const wrong = await fetch(`${srv.url}/api/agenda`, {
      method: 'PUT',
      headers: { ...headers, Authorization: 'Bearer not-the-token' },
      body,
    });
    expect(wrong.status).toBe(403);
    const basic = await fetch(`${srv.url}/api/agenda`, {
      method: 'PUT',
      headers: { ...headers, Authorization: `Basic ${TEST_TOKEN}` },
      body,
    });
    expect(basic.status).toBe(401);
    expect(await current()).toEqual(before);
  });

  it('names each validation problem with 422 (end before start, outside the event days, duplicate ids)', async () => {
    const before = await current();
    const s = before.sessions;
    const bad = {
      ...before,
      sessions: [
        { ...s[0]!, start: '2015-06-10T11:00', end: '2015-06-10T10:00' },
        { ...s[1]!, start: '2015-06-12T09:00', end: '2015-06-12T10:00' },
        { ...s[2]!, id: s[3]!.id },
        ...s.slice(3),
      ],
    };
    const res = await put(bad, { 'If-Match': `"${before.version}"` });
    expect(res.status).toBe(422);
    const body = (await res.json()) as {
      error: string;
      issues: { path: string; message: string }[];
    };
    expect(body.error).toBe('invalid_agenda');
    expect(body.issues).toContainEqual({
      path: 'sessions.0.end',
      message: 'A session must end after it starts',
    });
    expect(
      body.issues.some((i) => i.path === 'sessions.1.start' && /event days/.test(i.message)),
    ).toBe(true);
    expect(body.issues.some((i) => i.path === 'sessions.3.id' && /unique/.test(i.message))).toBe(
      true,
    );
    expect(await current()).toEqual(before);
  });

  it('names a missing field and refuses more than 300 sessions', async () => {
    const before = await current();
    const { sessions: _s, ...noSessions } = before;
    const missing = await put(noSessions, { 'If-Match': `"${before.version}"` });
    expect(missing.status).toBe(422);
    const m = (await missing.json()) as { issues: { path: string }[] };
    expect(m.issues.map((i) => i.path)).toContain('sessions');
    const many = Array.from({ length: 301 }, (_, i) => ({ ...before.sessions[0]!, id: `s-${i}` }));
    const tooMany = await put({ ...before, sessions: many }, { 'If-Match': `"${before.version}"` });
    expect(tooMany.status).toBe(422);
    const t = (await tooMany.json()) as { issues: { path: string }[] };
    expect(t.issues.map((i) => i.path)).toContain('sessions');
    expect(await current()).toEqual(before);
  });

  it('refuses a body over 512 KiB with 413', async () => {
    const before = await current();
    const huge = { ...before, padding: 'x'.repeat(600 * 1024) };
    const res = await put(huge, { 'If-Match': `"${before.version}"` });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe('too_large');
    expect(await current()).toEqual(before);
  });

  it('stops reading a chunked body (no Content-Length) once it passes 512 KiB', async () => {
    const before = await current();
    const u = new URL(`${srv.url}/api/agenda`);
    const { status, connection } = await new Promise<{
      status: number;
      connection: string | undefined;
    }>((resolve, reject) => {
      const req = request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'PUT',
          headers: {
            Authorization: `Bearer ${TEST_TOKEN}`,
            'Content-Type': 'application/json',
            'If-Match': `"${before.version}"`,
            'Transfer-Encoding': 'chunked',
          },
        },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
        },
      );
      req.on('error', reject);
      const chunk = '['.padEnd(64 * 1024, ' ');
      for (let i = 0; i < 10; i++) req.write(chunk);
      req.end();
    });
    expect(status).toBe(413);
    // Read from node's own stream (http/nodeRequest.ts), which closes the connection on the unread rest.
    expect(connection).toBe('close');
    expect(await current()).toEqual(before);
  });

  it('answers malformed JSON with 400 and a wrong content type with 415', async () => {
    const { version } = await current();
    const broken = await put('{"sessions": [', { 'If-Match': `"${version}"` });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toBe('bad_json');
    const text = await put(JSON.stringify(await current()), {
      'If-Match': `"${version}"`,
      'Content-Type': 'text/plain',
    });
    expect(text.status).toBe(415);
    const notObject = await put('[1,2]', { 'If-Match': `"${version}"` });
    expect(notObject.status).toBe(422);
    expect((await current()).version).toBe(version);
  });

  it('lets exactly one of two publishes from the same version win', async () => {
    const before = await current();
    const [a, b] = await Promise.all([
      put(await edited('Room A'), { 'If-Match': `"${before.version}"` }),
      put(await edited('Room B'), { 'If-Match': `"${before.version}"` }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    expect((await current()).version).toBe(before.version + 1);
  });
});
