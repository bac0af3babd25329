/**
 * Transfer sizes of what a first visit loads: the JS and CSS that the built
 * index.html references (entry script, modulepreloads, stylesheets), gzip
 * (level 9) and brotli (quality 11), the service worker's precache size, and
 * what each lazily loaded chunk adds to the first route.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface FirstRouteSizes {
  files: string[];
  rawBytes: number;
  jsGzip: number;
  jsBrotli: number;
  cssGzip: number;
  cssBrotli: number;
}

function refs(html: string): string[] {
  const out = new Set<string>();
  const re = /<(script|link)\b[^>]*>/g;
  for (const m of html.matchAll(re)) {
    const tag = m[0];
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^https?:/.test(src)) continue;
    const isScript = tag.startsWith('<script');
    const isPreload = /rel="modulepreload"/.test(tag);
    const isCss = /rel="stylesheet"/.test(tag);
    if (isScript || isPreload || isCss) out.add(src.replace(/^\//, ''));
    // The deferred loader (boot.js) names the entry and its preloads.
    const entry = /\bdata-entry="([^"]+)"/.exec(tag)?.[1];
    const preload = /\bdata-preload="([^"]*)"/.exec(tag)?.[1];
    if (entry) out.add(entry.replace(/^\//, ''));
    for (const p of (preload ?? '').split(' ').filter(Boolean)) out.add(p.replace(/^\//, ''));
  }
  return [...out];
}

export function gzipSize(buf: Buffer): number {
  return gzipSync(buf, { level: 9 }).length;
}

export function brotliSize(buf: Buffer): number {
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export function firstRouteSizes(distDir: string): FirstRouteSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = refs(html);
  const r: FirstRouteSizes = {
    files,
    rawBytes: 0,
    jsGzip: 0,
    jsBrotli: 0,
    cssGzip: 0,
    cssBrotli: 0,
  };
  for (const f of files) {
    const buf = readFileSync(join(distDir, f));
    r.rawBytes += buf.length;
    if (f.endsWith('.css')) {
      r.cssGzip += gzipSize(buf);
      r.cssBrotli += brotliSize(buf);
    } else {
      r.jsGzip += gzipSize(buf);
      r.jsBrotli += brotliSize(buf);
    }
  }
  return r;
}

/** Sum of the sizes of every file in the precache manifest of dist/sw.js (0 if none). */
export function precacheBytes(distDir: string): { entries: number; bytes: number; gzip: number } {
  const sw = join(distDir, 'sw.js');
  if (!existsSync(sw)) return { entries: 0, bytes: 0, gzip: 0 };
  const text = readFileSync(sw, 'utf8');
  const urls = [...text.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  let bytes = 0;
  let gzip = 0;
  for (const u of urls) {
    const p = join(distDir, u);
    if (!existsSync(p)) continue;
    bytes += statSync(p).size;
    gzip += gzipSize(readFileSync(p));
  }
  return { entries: urls.length, bytes, gzip };
}

export interface LazyChunk {
  /** The chunk a dynamic import() loads (a lazy route, or a deferred module). */
  entry: string;
  /** It and the chunks it imports statically that the first route does not load. */
  files: string[];
  /** Their gzip sizes summed: what opening it downloads after the first route. */
  gzip: number;
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;

function importsOf(distDir: string, file: string, re: RegExp): string[] {
  const text = readFileSync(join(distDir, file), 'utf8');
  return [...text.matchAll(re)].map((m) => posix.join(posix.dirname(file), m[1]!));
}

/**
 * Every chunk loaded by a dynamic import() anywhere in the build, with the
 * static imports it pulls in beyond the first route's files, largest first.
 * Built output only (import specifiers as Vite writes them: "./name-hash.js").
 */
export function lazyChunks(distDir: string, firstRoute: string[]): LazyChunk[] {
  const assets = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const onFirstRoute = new Set(firstRoute);
  const entries = new Set(assets.flatMap((f) => importsOf(distDir, f, DYNAMIC_IMPORT)));
  const out: LazyChunk[] = [];
  for (const entry of entries) {
    const files = new Set<string>();
    const todo = [entry];
    while (todo.length > 0) {
      const f = todo.pop()!;
      if (files.has(f) || onFirstRoute.has(f) || !existsSync(join(distDir, f))) continue;
      files.add(f);
      todo.push(...importsOf(distDir, f, STATIC_IMPORT));
    }
    const gzip = [...files].reduce((n, f) => n + gzipSize(readFileSync(join(distDir, f))), 0);
    out.push({ entry, files: [...files], gzip });
  }
  return out.sort((a, b) => b.gzip - a.gzip);
}
