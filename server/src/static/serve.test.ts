// Serving the built app: compression, cache headers, revalidation, SPA fallback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FAKE_INDEX_HTML,
  FAKE_JS,
  makeFakeDist,
  raw,
  startTestServer,
  type TestServer,
} from '../../test/endpoint';

let srv: TestServer;
let dist: string;

beforeAll(async () => {
  dist = makeFakeDist();
  srv = await startTestServer({ staticDir: dist });
});
afterAll(async () => {
  await srv.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

describe('compression', () => {
  it('serves brotli, gzip or identity as the client asks, with Vary and the same bytes inside', async () => {
    const path = '/assets/index-AbC123.js';
    const original = Buffer.from(FAKE_JS);
    const br = await raw(srv.url + path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(original.length / 3);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

    const gz = await raw(srv.url + path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(original)).toBe(true);

    const none = await raw(srv.url + path);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(original)).toBe(true);
    expect(none.headers['content-length']).toBe(String(original.length));

    const refused = await raw(srv.url + path, { headers: { 'Accept-Encoding': 'br;q=0, gzip' } });
    expect(refused.headers['content-encoding']).toBe('gzip');

    for (const r of [br, gz, none]) {
      expect(r.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    }
  });

  it('compresses HTML, CSS, SVG and the manifest but not PNGs or tiny files', async () => {
    const ae = { 'Accept-Encoding': 'br' };
    const cases: [string, string, string | undefined][] = [
      ['/index.html', 'text/html; charset=utf-8', 'br'],
      ['/assets/index-XyZ789.css', 'text/css; charset=utf-8', 'br'],
      ['/favicon.svg', 'image/svg+xml', 'br'],
      ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'br'],
      ['/icons/icon-192.png', 'image/png', undefined],
      ['/tiny.txt', 'text/plain; charset=utf-8', undefined],
    ];
    for (const [path, type, enc] of cases) {
      const r = await raw(srv.url + path, { headers: ae });
      expect(r.status, path).toBe(200);
      expect(r.headers['content-type'], path).toBe(type);
      expect(r.headers['content-encoding'], path).toBe(enc);
      const body = enc === 'br' ? brotliDecompressSync(r.body) : r.body;
      expect(body.equals(readFileSync(join(dist, path))), path).toBe(true);
    }
  });
});

describe('cache headers and revalidation', () => {
  it('caches hashed files for a year and revalidates everything else', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const p of [
      '/assets/index-AbC123.js',
      '/assets/index-XyZ789.css',
      '/workbox-9c191d2f.js',
    ]) {
      expect((await fetch(srv.url + p)).headers.get('cache-control'), p).toBe(immutable);
    }
    for (const p of [
      '/',
      '/index.html',
      '/sw.js',
      '/manifest.webmanifest',
      '/favicon.svg',
      '/session/x',
    ]) {
      expect((await fetch(srv.url + p)).headers.get('cache-control'), p).toBe('no-cache');
    }
  });

  it('answers 304 to a matching ETag or an unchanged Last-Modified', async () => {
    const first = await fetch(`${srv.url}/sw.js`);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const byEtag = await fetch(`${srv.url}/sw.js`, { headers: { 'If-None-Match': etag } });
    expect(byEtag.status).toBe(304);
    expect(byEtag.headers.get('cache-control')).toBe('no-cache');
    const byList = await fetch(`${srv.url}/sw.js`, {
      headers: { 'If-None-Match': `"nope", ${etag.slice(2)}` },
    });
    expect(byList.status).toBe(304);
    const byDate = await fetch(`${srv.url}/sw.js`, {
      headers: { 'If-Modified-Since': lastModified },
    });
    expect(byDate.status).toBe(304);
    const other = await fetch(`${srv.url}/sw.js`, { headers: { 'If-None-Match': 'W/"other"' } });
    expect(other.status).toBe(200);
    const older = await fetch(`${srv.url}/sw.js`, {
      headers: { 'If-Modified-Since': new Date('2000-01-01').toUTCString() },
    });
    expect(older.status).toBe(200);
  });

  it('serves a rebuilt file under a running server with a new ETag', async () => {
    writeFileSync(join(dist, 'changing.txt'), 'first version');
    const a = await fetch(`${srv.url}/changing.txt`);
    expect(await a.text()).toBe('first version');
    writeFileSync(join(dist, 'changing.txt'), 'second version, longer');
    const b = await fetch(`${srv.url}/changing.txt`);
    expect(await b.text()).toBe('second version, longer');
    expect(b.headers.get('etag')).not.toBe(a.headers.get('etag'));
  });

  it('answers HEAD with the headers and no body', async () => {
    const r = await raw(`${srv.url}/assets/index-AbC123.js`, {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['cache-control']).toMatch(/immutable/);
    expect(r.body.length).toBe(0);
  });
});

describe('SPA fallback and not-found', () => {
  it('serves index.html for deep links without an extension', async () => {
    for (const p of ['/session/x', '/day/2015-06-10', '/library/practice/one', '/organizer']) {
      const res = await fetch(srv.url + p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await res.text()).toBe(FAKE_INDEX_HTML);
    }
  });

  it('serves the empty shell.html for deep links when the build has one, index.html for /', async () => {
    const shellDist = makeFakeDist();
    const shell = FAKE_INDEX_HTML.replace('Fake app', 'Fake shell');
    writeFileSync(join(shellDist, 'shell.html'), shell);
    const s2 = await startTestServer({ staticDir: shellDist });
    try {
      expect(await (await fetch(s2.url + '/')).text()).toBe(FAKE_INDEX_HTML);
      for (const p of ['/library', '/session/x', '/plan/print']) {
        expect(await (await fetch(s2.url + p)).text(), p).toBe(shell);
      }
    } finally {
      await s2.cleanup();
      rmSync(shellDist, { recursive: true, force: true });
    }
  });

  it('answers unknown API paths with 404 JSON, never the app', async () => {
    for (const [method, p] of [
      ['GET', '/api/nope'],
      ['POST', '/api/nope/deeper'],
      ['DELETE', '/api/agenda'],
    ] as const) {
      const res = await fetch(srv.url + p, { method });
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await res.json()) as { error: string }).error).toBe('not_found');
    }
  });

  it('answers a missing file with an extension with 404, not the app', async () => {
    const res = await fetch(`${srv.url}/assets/missing-123.js`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<!doctype html>');
  });

  it('never serves files outside the folder or hidden files', async () => {
    for (const p of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/%2e%2e/%2e%2e/etc/passwd',
      '/.secret',
    ]) {
      const r = await raw(srv.url, { path: p });
      expect(r.body.toString(), p).not.toContain('do not serve');
      expect(r.body.toString(), p).not.toContain('"name"');
      expect(r.body.toString(), p).not.toContain('root:');
      // Either refused, or (an extensionless deep link) answered with the app shell.
      if (r.status === 200) expect(r.body.toString(), p).toBe(FAKE_INDEX_HTML);
      else expect([400, 404], p).toContain(r.status);
    }
  });
});
