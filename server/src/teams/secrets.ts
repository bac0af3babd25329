/**
 * Join codes and team credentials: generated from the OS's secure random
 * source, compared only as SHA-256 hashes (auth/bearer.ts). A join code is 10 characters from a
 * 31-letter alphabet (about 49.5 bits: 31^10 ≈ 8.2e14 codes); a credential is
 * 32 random bytes (256 bits), base64url.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../../src/wire/protocol';

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

export function newTeamId(): string {
  return 't_' + randomBytes(9).toString('base64url');
}
