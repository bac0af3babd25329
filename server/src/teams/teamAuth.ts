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

/**
 * For routes under `/api/plans/:teamId/…`: the caller, who must hold a live
 * credential of exactly the team the path names. Otherwise the refusal to
 * send: 401 without a credential, 403 for another team's (nothing of that
 * team is read, only whether it exists), 404 for no such team.
 */
export function teamPathCaller(
  c: Context,
  teams: TeamStore,
): { ok: true; teamId: string; credentialHash: string } | { ok: false; response: Response } {
  const caller = teamCaller(c, teams);
  if (!caller) return { ok: false, response: teamAuthRefusal(c, teams) };
  const wanted = c.req.param('teamId');
  if (wanted !== caller.teamId) {
    return {
      ok: false,
      response: teams.get(wanted ?? '')
        ? jsonError(c, 403, SYNC_ERRORS.forbidden, 'This credential belongs to another team.')
        : jsonError(c, 404, SYNC_ERRORS.notFound, 'No such team.'),
    };
  }
  return { ok: true, ...caller };
}
