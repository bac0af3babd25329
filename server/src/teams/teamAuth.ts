/**
 * Team credentials on requests: the team is the one the credential belongs
 * to, never one named in the body or path.
 */
import type { Context } from 'hono';
import { jsonError } from '../http/errors';
import { SYNC_ERRORS } from '../../../src/wire/protocol';
import type { TeamStore } from '../db/teams';
import { bearerToken, sha256Hex } from '../auth/bearer';

/** The caller's team id, or undefined without a live team credential. */
export function teamFromRequest(c: Context, teams: TeamStore): string | undefined {
  return teamCaller(c, teams)?.teamId;
}

/** The caller's team and credential hash, or undefined without a live team credential. */
export function teamCaller(
  c: Context,
  teams: TeamStore,
): { teamId: string; credentialHash: string } | undefined {
  const token = bearerToken(c.req.header('authorization'));
  if (!token) return undefined;
  const credentialHash = sha256Hex(token);
  const teamId = teams.teamForCredential(credentialHash);
  return teamId ? { teamId, credentialHash } : undefined;
}

/**
 * The 401 for a request without a live team credential. A credential the
 * organizer revoked says so (`credential_revoked`), so the device can tell
 * its user it was removed from the team rather than that something broke.
 */
export function teamAuthRefusal(c: Context, teams: TeamStore): Response {
  c.header('WWW-Authenticate', 'Bearer realm="team"');
  const token = bearerToken(c.req.header('authorization'));
  if (token && teams.credentialStatus(sha256Hex(token))?.revoked) {
    return jsonError(
      c,
      401,
      SYNC_ERRORS.credentialRevoked,
      'This device was removed from the team; join again with a new code.',
    );
  }
  return jsonError(
    c,
    401,
    SYNC_ERRORS.unauthorized,
    'This needs a team credential; join the team again.',
  );
}
