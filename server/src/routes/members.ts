/**
 * Team members' names (issue 13): no accounts, only the name (and optional
 * role) each device gave, stored with its credential. Names go to the
 * member's own team only.
 *
 *   GET /api/plans/:teamId/members     team  {you, members: [{id, name, role}]}
 *   PUT /api/plans/:teamId/members/me  team  {name, role?} → the caller's member
 */
import type { App, AppDeps } from '../context';
import { jsonError, readJsonBody } from '../http/errors';
import { teamPathCaller } from '../teams/teamAuth';
import { SYNC_ERRORS } from '../../../src/wire/protocol';
import { memberInputSchema, type MembersResponse } from '../../../src/wire/members';

export function register(app: App, deps: AppDeps): void {
  const teams = deps.storage.teams;

  app.get('/api/plans/:teamId/members', (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    const you = teams.memberFor(caller.credentialHash);
    if (!you) return jsonError(c, 401, SYNC_ERRORS.unauthorized, 'Join the team again.');
    return c.json({
      you: you.id,
      members: teams.membersOf(caller.teamId),
    } satisfies MembersResponse);
  });

  app.put('/api/plans/:teamId/members/me', async (c) => {
    c.header('Cache-Control', 'no-store');
    const caller = teamPathCaller(c, teams);
    if (!caller.ok) return caller.response;
    const body = await readJsonBody(c, 1024);
    if (!body.ok) return body.response;
    const parsed = memberInputSchema.safeParse(body.value);
    if (!parsed.success) {
      return jsonError(
        c,
        400,
        SYNC_ERRORS.badRequest,
        'Send {"name": "..."} with a name of 1 to 60 characters, and optionally "role" (up to 60).',
      );
    }
    const member = teams.setMember(caller.credentialHash, parsed.data);
    if (!member) return jsonError(c, 401, SYNC_ERRORS.unauthorized, 'Join the team again.');
    return c.json(member);
  });
}
