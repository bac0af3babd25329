/**
 * The one place that reads `Authorization: Bearer <token>` and hashes
 * secrets. Organizer and team credentials are both random tokens that the
 * endpoint only ever stores and compares as SHA-256 hashes.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Longest token we look at; anything longer is not one of ours. */
const MAX_TOKEN_LENGTH = 512;

/** "Bearer abc" → "abc" (scheme case-insensitive, RFC 9110); undefined when absent or another scheme. */
export function bearerToken(header: string | undefined): string | undefined {
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const token = m?.[1];
  return token && token.length <= MAX_TOKEN_LENGTH ? token : undefined;
}

/** SHA-256 of a secret as lowercase hex: what the database stores and looks up by. */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a secret with a stored hex hash in constant time. */
export function matchesHash(secret: string, storedHex: string): boolean {
  const expected = Buffer.from(storedHex, 'hex');
  const actual = createHash('sha256').update(secret, 'utf8').digest();
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}
