// Bearer parsing and secret hashing, shared by organizer and team credentials.
import { describe, expect, it } from 'vitest';
import { bearerToken, matchesHash, sha256Hex } from './bearer';

describe('bearerToken', () => {
  it('reads the token whatever the scheme case and surrounding spaces', () => {
    expect(bearerToken('Bearer abc.DEF-123_')).toBe('abc.DEF-123_');
    expect(bearerToken('  bearer   xyz  ')).toBe('xyz');
  });
  it('refuses other schemes, empty, several words and absurd lengths', () => {
    for (const h of [
      undefined,
      '',
      'Basic abc',
      'Bearer',
      'Bearer a b',
      `Bearer ${'x'.repeat(513)}`,
    ])
      expect(bearerToken(h)).toBeUndefined();
  });
});

describe('hashes', () => {
  it('stores hex SHA-256 and compares in constant time', () => {
    const h = sha256Hex('secret');
    expect(h).toBe('2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b');
    expect(matchesHash('secret', h)).toBe(true);
    expect(matchesHash('Secret', h)).toBe(false);
    expect(matchesHash('secret', 'abcd')).toBe(false);
  });
});
