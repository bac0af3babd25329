/**
 * The device's plan submissions: queued here first (offline works), one row
 * per submission with the id made here, and marked sent only once the
 * endpoint acknowledged that id. Sending the same id again never makes a
 * second submission on the endpoint, so a lost answer is simply resent.
 *
 * Rows live in the `meta` table under "submission:<id>" rather than in a
 * table of their own: a new Dexie schema version is code on the first route,
 * whose size budget has no room left, and a team's submissions are few.
 */
import { db } from './db';
import { useLiveQuery } from './liveQuery';
import type { Plan } from '../domain/plan/schema';

export interface SubmissionRow {
  /** Made by this device, one per submission: the endpoint stores each id once. */
  id: string;
  planId: string;
  teamId: string;
  /** Y.encodeStateAsUpdate of the plan as the member confirmed it. */
  update: Uint8Array;
  /** The same plan's read model, to count the changes made since. */
  plan: Plan;
  createdAt: number;
  /** 0 = waiting to be sent, 1 = the endpoint stored it. */
  sent: 0 | 1;
  /** From the endpoint's answer: its time and the member's name then. */
  submittedAt?: number;
  memberName?: string | null;
  /** Why the endpoint refused it for good, when it did (the row stays, unsent). */
  refused?: string;
}

const PREFIX = 'submission:';

async function all(planId: string): Promise<SubmissionRow[]> {
  const rows = await db.meta.where('key').startsWith(PREFIX).toArray();
  return rows
    .map((r) => r.value as SubmissionRow)
    .filter((s) => s.planId === planId)
    .sort((a, b) => a.createdAt - b.createdAt);
}

export function getSubmission(id: string): Promise<SubmissionRow | undefined> {
  return db.meta.get(PREFIX + id).then((r) => r?.value as SubmissionRow | undefined);
}

async function update(id: string, change: Partial<SubmissionRow>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = await getSubmission(id);
    if (row) await db.meta.put({ key: PREFIX + id, value: { ...row, ...change } });
  });
}

export async function queueSubmission(
  input: { planId: string; teamId: string; update: Uint8Array; plan: Plan },
  now = Date.now(),
): Promise<SubmissionRow> {
  const row: SubmissionRow = { ...input, id: crypto.randomUUID(), createdAt: now, sent: 0 };
  await db.meta.add({ key: PREFIX + row.id, value: row });
  return row;
}

/** The plan's submissions not yet acknowledged (and not refused for good), oldest first. */
export async function unsentSubmissions(planId: string): Promise<SubmissionRow[]> {
  return (await all(planId)).filter((r) => r.sent === 0 && !r.refused);
}

export function markSubmissionSent(
  id: string,
  ack: { submittedAt: number; memberName: string | null },
): Promise<void> {
  return update(id, { sent: 1, refused: undefined, ...ack });
}

export function markSubmissionRefused(id: string, why: string): Promise<void> {
  return update(id, { refused: why });
}

/** Every submission row (all plans); for tests and clean-up. */
export async function clearSubmissions(): Promise<void> {
  await db.meta.where('key').startsWith(PREFIX).delete();
}

/** The team's latest submission as the endpoint last told this device (from any member). */
export interface TeamSubmission {
  latest: { id: string; submittedAt: number; memberName: string | null };
  plan: Plan;
}

const TEAM_PREFIX = 'team-submission:';

export async function saveTeamSubmissions(planId: string, value: TeamSubmission): Promise<void> {
  await db.meta.put({ key: TEAM_PREFIX + planId, value });
}

/**
 * What the plan screen says about submissions: this device's newest row
 * while it waits to be sent (or was refused), else the newest submission
 * known, this device's or a teammate's, whichever is later.
 */
export type ShownSubmission = Pick<
  SubmissionRow,
  'sent' | 'plan' | 'submittedAt' | 'memberName' | 'refused'
>;

export function latestShown(
  own: SubmissionRow | undefined,
  team: TeamSubmission | undefined,
): ShownSubmission | null {
  if (own && own.sent === 0) return own;
  const teamShown: ShownSubmission | undefined = team && {
    sent: 1,
    plan: team.plan,
    submittedAt: team.latest.submittedAt,
    memberName: team.latest.memberName,
  };
  if (!own) return teamShown ?? null;
  if (!teamShown) return own;
  return (teamShown.submittedAt ?? 0) > (own.submittedAt ?? 0) ? teamShown : own;
}

/** The submission the plan screen shows, live. */
export function useLatestSubmission(planId: string): ShownSubmission | null | undefined {
  return useLiveQuery(async () => {
    const own = (await all(planId)).at(-1);
    const team = (await db.meta.get(TEAM_PREFIX + planId))?.value as TeamSubmission | undefined;
    return latestShown(own, team);
  }, [planId]);
}
