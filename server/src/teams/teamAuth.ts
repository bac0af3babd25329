/**
 * Team credentials on requests: the team is the one the credential belongs
 * to, never one named in the body or path.
 */
import type { Context } from 'hono';
import type { TeamStore } from '../db/teams';
import { bearer, sha256 } from './secrets';

/** The caller's team id, or undefined without a live team credential. */
export function teamFromRequest(c: Context, teams: TeamStore): string | undefined {
  const token = bearer(c.req.header('authorization'));
  return token ? teams.teamForCredential(sha256(token)) : undefined;
}
