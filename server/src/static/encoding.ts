/**
 * Content negotiation for compressed bodies (Accept-Encoding, with q-values)
 * and the compressors. Brotli first: it is smaller, and every current browser
 * sends `br` over HTTPS and loopback.
 */
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The best encoding this client accepts among those available. */
export function pickEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[] = ['br', 'gzip'],
): Encoding {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    q.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (e: Encoding) => q.get(e) ?? q.get('*') ?? 0;
  for (const e of ['br', 'gzip'] as const) {
    if (available.includes(e) && weightOf(e) > 0) return e;
  }
  return 'identity';
}

/**
 * `level: 'max'` for files compressed once and kept (static assets);
 * 'fast' for per-version API bodies.
 */
export async function compressBoth(
  data: Buffer,
  level: 'max' | 'fast',
): Promise<{ br: Buffer; gzip: Buffer }> {
  const [br, gzipped] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: level === 'max' ? 11 : 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: level === 'max' ? 9 : 6 }),
  ]);
  return { br, gzip: gzipped };
}
