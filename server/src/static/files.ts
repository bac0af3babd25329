/**
 * The built PWA's files, read once and kept in memory with their brotli and
 * gzip forms (compressed at maximum level once, in the background, so a phone
 * on a slow network gets the smallest bytes). Entries are re-read when the
 * file's size or mtime changes, so a rebuild under a running server is served.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { compressBoth } from './encoding';

export interface StaticEntry {
  /** Path relative to the root, with forward slashes ("assets/index-abc.js"). */
  rel: string;
  type: string;
  /** Weak: the br, gzip and identity forms share it (same content). */
  etag: string;
  lastModified: Date;
  identity: Buffer;
  /** Present for text types where compression pays off. */
  compressed?: Promise<{ br: Buffer; gzip: Buffer }>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.ics',
]);
/** Below this, compression headers cost more than they save. */
const MIN_COMPRESS_BYTES = 256;

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export class StaticFiles {
  readonly root: string;
  private cache = new Map<string, { mtimeMs: number; size: number; entry: Promise<StaticEntry> }>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /**
   * The file at a URL path ("/assets/x.js"), or undefined when there is none
   * or the path tries to leave the root or reach a hidden file.
   */
  async get(urlPath: string): Promise<StaticEntry | undefined> {
    const abs = this.resolvePath(urlPath);
    if (!abs) return undefined;
    let st;
    try {
      st = await stat(abs);
    } catch {
      return undefined;
    }
    if (!st.isFile()) return undefined;
    const hit = this.cache.get(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.entry;
    const entry = this.load(abs, st.mtime);
    this.cache.set(abs, { mtimeMs: st.mtimeMs, size: st.size, entry });
    entry.catch(() => this.cache.delete(abs));
    return entry;
  }

  /** Reads and compresses every file ahead of the first request; resolves with the count. */
  async warm(signal?: AbortSignal): Promise<number> {
    const files = await listFiles(this.root).catch(() => [] as string[]);
    let n = 0;
    for (const f of files) {
      if (signal?.aborted) break;
      const e = await this.get('/' + relative(this.root, f).split(sep).join('/'));
      if (e) {
        await e.compressed;
        n++;
      }
    }
    return n;
  }

  private resolvePath(urlPath: string): string | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
    const segments = decoded.split('/').filter((s) => s !== '');
    if (segments.some((s) => s === '..' || (s.startsWith('.') && s !== '.well-known'))) {
      return undefined;
    }
    const abs = resolve(this.root, ...segments);
    return abs.startsWith(this.root + sep) ? abs : undefined;
  }

  private async load(abs: string, mtime: Date): Promise<StaticEntry> {
    const identity = await readFile(abs);
    const rel = relative(this.root, abs).split(sep).join('/');
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
    const ext = extname(abs).toLowerCase();
    const entry: StaticEntry = {
      rel,
      type: contentTypeOf(abs),
      etag: `W/"${hash}"`,
      lastModified: mtime,
      identity,
    };
    if (COMPRESSIBLE.has(ext) && identity.length >= MIN_COMPRESS_BYTES) {
      entry.compressed = compressBoth(identity, 'max');
    }
    return entry;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
