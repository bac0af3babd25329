/**
 * Team routes: organizers create teams and manage join codes; anyone with a
 * code exchanges it for a team credential (rate-limited, see joinLimiter);
 * a device leaving its team revokes its own credential.
 *
 *   POST   /api/teams            organizer  {state, name?} | {teams: [...]}
 *   GET    /api/teams            organizer  teams with last sync, size, counts
 *   POST   /api/teams/:id/code   organizer  new join code (the old one stops working)
 *   DELETE /api/teams/:id/code   organizer  revoke the join code
 *   POST   /api/teams/join       anyone     {code, name?, role?} → {teamId, state, name, credential, memberId}
 *   DELETE /api/teams/:id/credentials organizer  revoke every device credential of the team
 *   DELETE /api/teams/credential team       revoke the caller's own credential
 *
 * Revoking a credential also ends the event streams it opened (hub event
 * `revoked`); its tickets stop working because redemption checks it.
 */
import * as z from 'zod/mini';
import type { App, AppDeps } from '../context';
import { requireOrganizer } from '../auth/organizer';
import { jsonError, readJsonBody } from '../http/errors';
import { JoinLimiter } from '../teams/joinLimiter';
import { bearerToken, sha256Hex } from '../auth/bearer';
import { newCredential, newJoinCode, newTeamId } from '../teams/secrets';
import { sourceAddress } from '../teams/sourceAddress';
import { stateCode, stateName } from '../../../src/domain/states';
import { summarizeTeam } from '../teams/summary';
import {
  SYNC_ERRORS,
  type JoinResponse,
  type RemovedDevicesResponse,
  isWellFormedJoinCode,
  joinRequestSchema,
  normalizeJoinCode,
} from '../../../src/wire/protocol';

const teamInput = z.strictObject({
  state: z.string().check(z.minLength(1), z.maxLength(60)),
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
});
const createBody = z.union([
  teamInput,
  z.strictObject({ teams: z.array(teamInput).check(z.minLength(1), z.maxLength(100)) }),
]);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function register(app: App, deps: AppDeps): void {
  const teams = deps.storage.teams;
  const limiter = new JoinLimiter(() => deps.now().getTime());

  app.post('/api/teams/join', async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = await readJsonBody(c, 4096);
    if (!body.ok) return body.response;
    const parsed = joinRequestSchema.safeParse(body.value);
    if (!parsed.success) {
      return jsonError(
        c,
        400,
        SYNC_ERRORS.badRequest,
        'Send {"code": "...", "name"?: "...", "role"?: "..."} (name and role up to 60 characters).',
      );
    }
    const code = normalizeJoinCode(parsed.data.code);
    const codeHash = sha256Hex(code);
    const source = sourceAddress(c, deps.config.trustProxy);
    const verdict = limiter.check(source, codeHash);
    if (!verdict.allowed) {
      const secs = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      c.header('Retry-After', String(secs));
      return jsonError(
        c,
        429,
        SYNC_ERRORS.rateLimited,
        `Too many wrong codes. Try again in ${secs} s.`,
        {
          retryAfter: secs,
        },
      );
    }
    if (verdict.delayMs > 0) await sleep(verdict.delayMs);
    const team = isWellFormedJoinCode(code) ? teams.byCodeHash(codeHash) : undefined;
    if (!team) {
      limiter.failure(source, codeHash);
      return jsonError(
        c,
        401,
        'wrong_code',
        'That join code is not valid. Check it with your team lead.',
      );
    }
    limiter.success(source);
    const credential = newCredential();
    const { name, role } = parsed.data;
    const member = teams.addCredential(
      sha256Hex(credential),
      team.id,
      deps.now().getTime(),
      name ? { name, role } : undefined,
    );
    return c.json({
      teamId: team.id,
      state: team.state,
      name: team.name,
      credential,
      memberId: member.id,
    } satisfies JoinResponse);
  });

  app.delete('/api/teams/credential', (c) => {
    const token = bearerToken(c.req.header('authorization'));
    const credentialHash = token ? sha256Hex(token) : '';
    const teamId = token ? teams.teamForCredential(credentialHash) : undefined;
    if (!teamId || !teams.revokeCredential(credentialHash, deps.now().getTime())) {
      return jsonError(c, 401, SYNC_ERRORS.unauthorized, 'No live team credential was sent.');
    }
    deps.hub.publish({ type: 'revoked', teamId, credentialHash });
    return c.body(null, 204);
  });

  app.delete('/api/teams/:id/credentials', requireOrganizer, (c) => {
    const teamId = c.req.param('id');
    if (!teams.get(teamId)) return jsonError(c, 404, SYNC_ERRORS.notFound, 'No such team.');
    const revoked = teams.revokeTeamCredentials(teamId, deps.now().getTime());
    deps.hub.publish({ type: 'revoked', teamId });
    c.header('Cache-Control', 'no-store');
    return c.json({ id: teamId, revoked } satisfies RemovedDevicesResponse);
  });

  app.post('/api/teams', requireOrganizer, async (c) => {
    const body = await readJsonBody(c, 64 * 1024);
    if (!body.ok) return body.response;
    const parsed = createBody.safeParse(body.value);
    if (!parsed.success) {
      return jsonError(
        c,
        400,
        SYNC_ERRORS.badRequest,
        'Send {"state": "VA", "name"?: "..."} or {"teams": [...]}.',
      );
    }
    const inputs = 'teams' in parsed.data ? parsed.data.teams : [parsed.data];
    const codes = inputs.map((t) => ({ ...t, code: stateCode(t.state) }));
    const unknown = codes.find((t) => !t.code);
    if (unknown) {
      return jsonError(
        c,
        400,
        'unknown_state',
        `"${unknown.state}" is not a State, D.C. or a territory.`,
      );
    }
    const now = deps.now().getTime();
    const created = deps.storage.db.transaction(() =>
      codes.map((t) => {
        const joinCode = newJoinCode();
        const state = t.code!;
        const name = t.name ?? `${stateName(state)} team`;
        const id = newTeamId();
        teams.create({ id, state, name, codeHash: sha256Hex(joinCode), now });
        return { id, state, name, joinCode };
      }),
    )();
    return c.json('teams' in parsed.data ? { teams: created } : created[0], 201);
  });

  app.get('/api/teams', requireOrganizer, (c) => {
    c.header('Cache-Control', 'no-store');
    const synced = deps.storage.plans.lastSyncTimes();
    return c.json({
      teams: teams
        .list()
        .map((t) => summarizeTeam(t, deps.plans.view(t.id), synced.get(t.id) ?? null)),
    });
  });

  app.post('/api/teams/:id/code', requireOrganizer, (c) => {
    const joinCode = newJoinCode();
    if (!teams.setCodeHash(c.req.param('id'), sha256Hex(joinCode))) {
      return jsonError(c, 404, SYNC_ERRORS.notFound, 'No such team.');
    }
    c.header('Cache-Control', 'no-store');
    return c.json({ id: c.req.param('id'), joinCode });
  });

  app.delete('/api/teams/:id/code', requireOrganizer, (c) => {
    if (!teams.setCodeHash(c.req.param('id'), null)) {
      return jsonError(c, 404, SYNC_ERRORS.notFound, 'No such team.');
    }
    return c.body(null, 204);
  });
}
