/**
 * The team's members as the endpoint knows them, and renaming this device's
 * member. Names live with the credential on the endpoint (the team sees
 * them); the device keeps its own name on the plan row so it shows offline.
 */
import { getPlanRow, putPlanRow, LOCAL_PLAN_ID, type PlanRow } from '../db/plans';
import { apiBase } from './config';
import { errorBodySchema } from '../wire/protocol';
import {
  memberSchema,
  membersResponseSchema,
  type MemberInput,
  type MembersResponse,
} from '../wire/members';
import type { TeamLinkRow } from './teams';

export type MembersResult = { ok: true; value: MembersResponse } | { ok: false; message: string };

const OFFLINE = 'Could not reach the convening service. Check the connection and try again.';

type TeamAccess = Pick<TeamLinkRow, 'teamId' | 'credential'>;

function authHeaders(link: TeamAccess): Record<string, string> {
  return { authorization: `Bearer ${link.credential}`, 'content-type': 'application/json' };
}

async function failure(res: Response): Promise<string> {
  const err = errorBodySchema.safeParse(await res.json().catch(() => null));
  return err.success ? (err.data.message ?? err.data.error) : `The service answered ${res.status}.`;
}

export async function fetchMembers(link: TeamAccess): Promise<MembersResult> {
  let res: Response;
  try {
    res = await fetch(`${apiBase()}/api/plans/${encodeURIComponent(link.teamId)}/members`, {
      headers: authHeaders(link),
    });
  } catch {
    return { ok: false, message: OFFLINE };
  }
  if (!res.ok) return { ok: false, message: await failure(res) };
  const parsed = membersResponseSchema.safeParse(await res.json().catch(() => null));
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: 'The service answered something unexpected.' };
}

/** Change this device's name (and role) on the endpoint, then on the plan row. */
export async function renameMember(
  link: TeamLinkRow,
  input: MemberInput,
  planId = LOCAL_PLAN_ID,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const name = input.name.trim();
  const role = input.role?.trim() ?? '';
  if (!name) return { ok: false, message: 'Type your name as your colleagues know it.' };
  let res: Response;
  try {
    res = await fetch(`${apiBase()}/api/plans/${encodeURIComponent(link.teamId)}/members/me`, {
      method: 'PUT',
      headers: authHeaders(link),
      body: JSON.stringify({ name, ...(role && { role }) }),
    });
  } catch {
    return { ok: false, message: `Changing your name needs a connection. ${OFFLINE}` };
  }
  if (!res.ok) return { ok: false, message: await failure(res) };
  const member = memberSchema.safeParse(await res.json().catch(() => null));
  if (!member.success) return { ok: false, message: 'The service answered something unexpected.' };
  const row = await getPlanRow(planId);
  if (row) {
    const next: PlanRow = {
      ...row,
      memberId: member.data.id,
      memberName: name,
      updatedAt: Date.now(),
    };
    if (role) next.memberRole = role;
    else delete next.memberRole;
    await putPlanRow(next);
  }
  return { ok: true };
}
