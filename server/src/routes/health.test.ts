// GET /healthz: a real query, 503 when storage is gone.
import { afterEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/endpoint';

let srv: TestServer | undefined;
afterEach(() => srv?.cleanup());

it('reports ok with the current agenda version', async () => {
  srv = await startTestServer();
  const res = await fetch(`${srv.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, storage: 'ok', agendaVersion: 1 });
  expect(res.headers.get('cache-control')).toBe('no-store');
});

it('answers 503 when the database cannot be queried', async () => {
  srv = await startTestServer();
  srv.storage.close();
  const res = await fetch(`${srv.url}/healthz`);
  expect(res.status).toBe(503);
  expect(await res.json()).toEqual({ ok: false, storage: 'error' });
  // And an API call on a broken database is a JSON 500 without internals.
  const api = await fetch(`${srv.url}/api/agenda`);
  expect(api.status).toBe(500);
  const body = (await api.json()) as Record<string, unknown>;
  expect(body.error).toBe('internal');
  expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\.ts:/);
});
