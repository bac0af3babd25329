/**
 * Serves the built PWA: compressed per Accept-Encoding, hashed files cached
 * for a year, everything else revalidated (ETag / Last-Modified → 304), and
 * the SPA fallback (index.html) for deep links such as /session/x.
 */
import type { Context } from 'hono';
import type { App } from '../context';
import { pickEncoding } from './encoding';
import { StaticFiles, type StaticEntry } from './files';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite's hashed output and workbox's hashed runtime never change under their name. */
export function cacheControlFor(rel: string): string {
  return rel.startsWith('assets/') || /^workbox-[\w-]+\.js$/.test(rel) ? IMMUTABLE : REVALIDATE;
}

/** Deep links are extensionless paths outside /api/ (and not /healthz). */
export function isSpaPath(path: string): boolean {
  if (path.startsWith('/api/') || path === '/api' || path === '/healthz') return false;
  const last = path.split('/').pop() ?? '';
  return !last.includes('.');
}

export function registerStatic(app: App, files: StaticFiles): void {
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return next();
    let entry = await files.get(path.endsWith('/') ? path + 'index.html' : path);
    let cacheControl = entry ? cacheControlFor(entry.rel) : REVALIDATE;
    if (!entry && isSpaPath(path)) {
      // A prerendered page for this path if there is one, else the empty app
      // shell (index.html carries the prerendered agenda, right only for "/").
      entry =
        (await files.get(path + '/index.html')) ??
        (await files.get('/shell.html')) ??
        (await files.get('/index.html'));
      cacheControl = REVALIDATE;
    }
    if (!entry) return next();
    return send(c, entry, cacheControl);
  });
}

async function send(c: Context, entry: StaticEntry, cacheControl: string): Promise<Response> {
  const headers = new Headers({
    'Content-Type': entry.type,
    'Cache-Control': cacheControl,
    ETag: entry.etag,
    'Last-Modified': entry.lastModified.toUTCString(),
  });
  if (entry.compressed) headers.set('Vary', 'Accept-Encoding');
  if (notModified(c, entry)) return new Response(null, { status: 304, headers });

  let body: Buffer = entry.identity;
  if (entry.compressed) {
    const enc = pickEncoding(c.req.header('accept-encoding'));
    if (enc !== 'identity') {
      const compressed = (await entry.compressed)[enc];
      if (compressed.length < body.length) {
        body = compressed;
        headers.set('Content-Encoding', enc);
      }
    }
  }
  headers.set('Content-Length', String(body.length));
  return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), {
    status: 200,
    headers,
  });
}

function notModified(c: Context, entry: StaticEntry): boolean {
  const inm = c.req.header('if-none-match');
  if (inm !== undefined) {
    // Weak comparison (RFC 9110 §13.1.2): W/ prefixes do not matter.
    const strip = (t: string) => t.trim().replace(/^W\//, '');
    const mine = strip(entry.etag);
    return inm.split(',').some((t) => strip(t) === '*' || strip(t) === mine);
  }
  const ims = c.req.header('if-modified-since');
  if (ims !== undefined) {
    const since = Date.parse(ims);
    // HTTP dates have whole seconds; compare at that precision.
    return (
      Number.isFinite(since) && Math.floor(entry.lastModified.getTime() / 1000) * 1000 <= since
    );
  }
  return false;
}
