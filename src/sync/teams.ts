/**
 * Joining and leaving a State team from this device. The team link (team
 * id, name, State and this device's credential) is stored on the device's
 * plan row; the draft plan stays where it is and is pushed whole on the
 * first sync after joining, so it merges into the team plan instead of
 * replacing it or being replaced.
 */
import { getPlanRow, putPlanRow, LOCAL_PLAN_ID, type PlanRow } from '../db/plans';
import { apiBase } from './config';
import {
  SYNC_ERRORS,
  errorBodySchema,
  joinResponseSchema,
  normalizeJoinCode,
} from '../wire/protocol';
import type { MemberInput } from '../wire/members';

export interface TeamLinkRow {
  teamId: string;
  teamName: string;
  state: string;
  credential: string;
  needsFullPush: boolean;
  /** This device's member on the team (public id, the name and role its user gave). */
  memberId?: string;
  memberName?: string;
  memberRole?: string;
}

/** The team link stored on a plan row, if the device has joined. */
export function teamLinkOf(row: PlanRow | undefined): TeamLinkRow | undefined {
  if (!row?.teamId || typeof row.credential !== 'string') return undefined;
  return {
    teamId: row.teamId,
    teamName: typeof row.teamName === 'string' ? row.teamName : '',
    state: typeof row.state === 'string' ? row.state : '',
    credential: row.credential,
    needsFullPush: row.needsFullPush === true,
    ...(typeof row.memberId === 'string' && { memberId: row.memberId }),
    ...(typeof row.memberName === 'string' && { memberName: row.memberName }),
    ...(typeof row.memberRole === 'string' && { memberRole: row.memberRole }),
  };
}

export type JoinResult =
  { ok: true; link: TeamLinkRow } | { ok: false; message: string; retryAfterSeconds?: number };

export async function joinTeam(
  rawCode: string,
  planId = LOCAL_PLAN_ID,
  member?: MemberInput,
): Promise<JoinResult> {
  const code = normalizeJoinCode(rawCode);
  if (code.length === 0)
    return { ok: false, message: 'Type the join code your team lead gave you.' };
  const name = member?.name.trim() ?? '';
  const role = member?.role?.trim() ?? '';
  if (member && name.length === 0)
    return { ok: false, message: 'Type your name as your colleagues know it.' };
  let res: Response;
  try {
    res = await fetch(`${apiBase()}/api/teams/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, ...(name && { name }), ...(role && { role }) }),
    });
  } catch {
    return {
      ok: false,
      message: 'Could not reach the convening service. Check the connection and try again.',
    };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = errorBodySchema.safeParse(body);
    if (res.status === 429) {
      const secs = Number(res.headers.get('retry-after')) || 60;
      return {
        ok: false,
        message: `Too many tries. Wait ${secs} seconds and try again.`,
        retryAfterSeconds: secs,
      };
    }
    if (res.status === 401)
      return { ok: false, message: 'That join code is not valid. Check it with your team lead.' };
    return {
      ok: false,
      message: err.success
        ? (err.data.message ?? err.data.error)
        : `Joining failed (${res.status}).`,
    };
  }
  const parsed = joinResponseSchema.safeParse(body);
  if (!parsed.success) return { ok: false, message: 'The service answered something unexpected.' };
  const now = Date.now();
  const row = (await getPlanRow(planId)) ?? { id: planId, createdAt: now, updatedAt: now };
  const link: TeamLinkRow = {
    teamId: parsed.data.teamId,
    teamName: parsed.data.name,
    state: parsed.data.state,
    credential: parsed.data.credential,
    needsFullPush: true,
    ...(parsed.data.memberId && { memberId: parsed.data.memberId }),
    ...(name && { memberName: name }),
    ...(role && { memberRole: role }),
  };
  const joined: PlanRow = { ...row, ...link, joinedAt: now };
  delete joined[REMOVED_KEY];
  await putPlanRow(joined);
  return { ok: true, link };
}

/** The first full push happened: later syncs send only the outbox. */
export async function markFullPushDone(planId = LOCAL_PLAN_ID): Promise<void> {
  const row = await getPlanRow(planId);
  if (row && row.needsFullPush) await putPlanRow({ ...row, needsFullPush: false });
}

/** Set on the plan row when an organizer removed this device from its team. */
const REMOVED_KEY = 'removedFromTeam';
const LINK_KEYS = [
  'teamId',
  'teamName',
  'state',
  'credential',
  'needsFullPush',
  'joinedAt',
  'memberId',
  'memberName',
  'memberRole',
];

/** Whether an organizer removed this device from its team (and it has not joined again). */
export function wasRemovedFromTeam(row: PlanRow | undefined): boolean {
  return row?.[REMOVED_KEY] === true && teamLinkOf(row) === undefined;
}

/**
 * The endpoint says an organizer revoked this device's credential: forget
 * the credential (it will never work again) but keep the plan and its unsent
 * changes, which the first sync after joining again pushes whole.
 */
export async function markRemovedFromTeam(planId = LOCAL_PLAN_ID): Promise<void> {
  const row = await getPlanRow(planId);
  if (!row || !teamLinkOf(row)) return;
  const rest: PlanRow = { ...row, [REMOVED_KEY]: true, updatedAt: Date.now() };
  for (const key of LINK_KEYS) delete rest[key];
  await putPlanRow(rest);
}

/**
 * Leave the team: the plan stays on this device as a draft, the credential
 * is forgotten here and revoked on the endpoint (best effort: offline, the
 * device forgets it anyway).
 */
export async function leaveTeam(planId = LOCAL_PLAN_ID): Promise<void> {
  const row = await getPlanRow(planId);
  const link = teamLinkOf(row);
  if (!row || !link) return;
  try {
    await fetch(`${apiBase()}/api/teams/credential`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${link.credential}` },
    });
  } catch {
    // Offline: the credential is forgotten on this device all the same.
  }
  const rest: PlanRow = { ...row };
  for (const key of LINK_KEYS) delete rest[key];
  await putPlanRow({ ...rest, updatedAt: Date.now() });
}

/**
 * Back to the team's plan right after "Remove this plan from this device":
 * the removal deleted the plan row and with it the credential, which the
 * endpoint still accepts, so the link (kept in memory by the screen that
 * removed the plan) is stored again and the next sync brings the team's plan
 * back. The device has no updates of its own then; the full push only sends
 * the template, which every copy of the plan already has.
 */
export async function restoreTeamLink(planId: string, link: TeamLinkRow): Promise<void> {
  const now = Date.now();
  const row = (await getPlanRow(planId)) ?? { id: planId, createdAt: now, updatedAt: now };
  await putPlanRow({ ...row, ...link, needsFullPush: true, joinedAt: now, updatedAt: now });
}

export { SYNC_ERRORS };
