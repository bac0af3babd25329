// Accept-Encoding negotiation.
import { describe, expect, it } from 'vitest';
import { pickEncoding } from './encoding';

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, else identity', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('deflate')).toBe('identity');
    expect(pickEncoding(undefined)).toBe('identity');
    expect(pickEncoding('')).toBe('identity');
  });

  it('honours q=0 and the * wildcard', () => {
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('BR')).toBe('br');
  });

  it('only picks what is available', () => {
    expect(pickEncoding('br, gzip', ['gzip'])).toBe('gzip');
  });
});
