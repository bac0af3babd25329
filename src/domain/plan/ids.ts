/** Random ids for plan items (stable across devices once created). */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** 16 characters from a CSPRNG (works in browsers over plain http, and Node). */
export function newId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % 36];
  return out;
}
