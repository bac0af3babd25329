/**
 * The organizer credential. ORGANIZER_TOKEN from the environment, or one
 * generated on first start and printed once; either way only its SHA-256
 * hash is stored. Checked in constant time on every organizer request.
 */
import { randomBytes } from 'node:crypto';
import { bearerToken, matchesHash, sha256Hex } from './bearer';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import type { SettingsStore } from '../db/settings';
import { jsonError } from '../http/errors';

export const ORGANIZER_HASH_KEY = 'organizer_token_sha256';
/** Below this an environment token is accepted but warned about. */
const MIN_TOKEN_LENGTH = 16;

export interface OrganizerAuth {
  verify(token: string): boolean;
}

export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Makes sure a credential hash is stored and returns the checker.
 * An environment token always wins (and replaces the stored hash), so an
 * operator can rotate it by restarting with a new ORGANIZER_TOKEN.
 */
export function setupOrganizerCredential(
  settings: SettingsStore,
  envToken: string | undefined,
  log: (line: string) => void,
): OrganizerAuth {
  let stored = settings.get(ORGANIZER_HASH_KEY);
  if (envToken) {
    if (envToken.length < MIN_TOKEN_LENGTH) {
      log(
        `Warning: ORGANIZER_TOKEN is shorter than ${MIN_TOKEN_LENGTH} characters; use a long random value.`,
      );
    }
    stored = sha256Hex(envToken);
    settings.set(ORGANIZER_HASH_KEY, stored);
  } else if (!stored) {
    const token = generateToken();
    stored = sha256Hex(token);
    settings.set(ORGANIZER_HASH_KEY, stored);
    log(
      [
        '',
        'No ORGANIZER_TOKEN was set, so an organizer credential was generated:',
        '',
        `    ${token}`,
        '',
        'Keep it now: it is shown only this once (only its hash is stored).',
        'Organizers enter it on the Organizer screen. To choose your own instead,',
        'restart with ORGANIZER_TOKEN=<long random value>.',
        '',
      ].join('\n'),
    );
  }
  const expected = stored;
  return {
    // Comparing fixed-length hashes: timing reveals nothing about the token.
    verify: (token) => matchesHash(token, expected),
  };
}

/** Middleware: 401 without a credential, 403 with a wrong one. */
export const requireOrganizer: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = bearerToken(c.req.header('authorization'));
  if (!token) {
    c.header('WWW-Authenticate', 'Bearer realm="organizer"');
    return jsonError(
      c,
      401,
      'unauthorized',
      'This needs the organizer credential (Authorization: Bearer <token>).',
    );
  }
  if (!c.var.deps.organizer.verify(token)) {
    return jsonError(c, 403, 'forbidden', 'The organizer credential is not correct.');
  }
  await next();
};
