// Security headers on every kind of response, and CORS for listed origins only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeFakeDist, startTestServer, type TestServer } from '../../test/endpoint';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './headers';

let srv: TestServer;
let dist: string;
const ALLOWED = 'https://app.example.org';

beforeAll(async () => {
  dist = makeFakeDist();
  srv = await startTestServer({ staticDir: dist, allowedOrigins: [ALLOWED] });
});
afterAll(async () => {
  await srv.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

describe('security headers', () => {
  it('sends them on HTML, assets, the API, health, 304s and errors', async () => {
    const etag = (await fetch(`${srv.url}/api/agenda`)).headers.get('etag')!;
    const requests: [string, RequestInit?][] = [
      ['/'],
      ['/session/x'],
      ['/assets/index-AbC123.js'],
      ['/sw.js'],
      ['/api/agenda'],
      ['/api/agenda', { headers: { 'If-None-Match': etag } }],
      ['/healthz'],
      ['/api/nope'],
      ['/missing.png'],
      ['/api/agenda', { method: 'PUT' }],
    ];
    for (const [path, init] of requests) {
      const res = await fetch(srv.url + path, init);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      }
    }
  });

  it('has a CSP that allows no inline script or style and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('CORS on /api/*', () => {
  it('answers a preflight from an allowed origin, allowing Authorization and If-Match', async () => {
    const res = await fetch(`${srv.url}/api/agenda`, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, if-match, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const allowHeaders = res.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['authorization', 'if-match', 'if-none-match', 'content-type']) {
      expect(allowHeaders).toContain(h);
    }
    expect(res.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('exposes ETag to an allowed origin on a real request', async () => {
    const res = await fetch(`${srv.url}/api/agenda`, { headers: { Origin: ALLOWED } });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('gives other origins no CORS headers', async () => {
    const pre = await fetch(`${srv.url}/api/agenda`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${srv.url}/api/agenda`, {
      headers: { Origin: 'https://evil.example' },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the app shell fits the CSP', () => {
  it('index.html has no inline script, inline style or style attributes', () => {
    const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
    for (const tag of scripts) expect(tag, tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
