import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64';

const viaBtoa = (bytes: Uint8Array) =>
  btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));

describe('base64', () => {
  it('encodes a view into a larger buffer by its own bytes only, as btoa does', () => {
    const whole = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
    for (const [from, to] of [
      [0, 0],
      [0, 1],
      [3, 5],
      [7, 300],
      [1, 299],
    ] as const) {
      const view = whole.subarray(from, to);
      expect(toBase64(view)).toBe(viaBtoa(view));
      expect(fromBase64(toBase64(view))).toEqual(view);
    }
  });

  it('round-trips a body larger than one chunk of the string path', () => {
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 131) % 256);
    expect(fromBase64(toBase64(big))).toEqual(big);
  });
});
