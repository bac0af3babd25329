/**
 * Sends the plan submissions queued on this device: each unsent row once,
 * oldest first, as `POST /api/plans/:teamId/submissions` with the row's own
 * id. A row counts as sent only after a 2xx; the endpoint stores each id
 * once, so resending after a lost answer never makes a second submission.
 * Offline, on a 5xx, 429 or 401 it stops and the row waits for the next
 * sync (the team sync loop calls this after every successful sync); another
 * 4xx is kept on the row so the plan screen can say why.
 */
import {
  markSubmissionRefused,
  markSubmissionSent,
  saveTeamSubmissions,
  unsentSubmissions,
  type SubmissionRow,
} from '../db/submissions';
import { toBase64 } from '../domain/base64';
import { submissionAckSchema, teamOwnSubmissionsSchema } from '../wire/submissions';
import { apiBase } from './config';

export interface SubmissionLink {
  teamId: string;
  credential: string;
}

export type SendOutcome = 'done' | 'waiting';

const inFlight = new Map<string, Promise<SendOutcome>>();

async function messageOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { message?: string };
    if (body.message) return body.message;
  } catch {
    // Not JSON: the status says enough.
  }
  return `The endpoint answered ${res.status}.`;
}

async function sendOne(
  row: SubmissionRow,
  link: SubmissionLink,
  doFetch: typeof fetch,
): Promise<boolean> {
  let res: Response;
  try {
    res = await doFetch(`${apiBase()}/api/plans/${encodeURIComponent(row.teamId)}/submissions`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${link.credential}`,
      },
      body: JSON.stringify({ id: row.id, update: toBase64(row.update) }),
      cache: 'no-store',
    });
  } catch {
    return false; // Offline: the row waits.
  }
  if (res.ok) {
    const ack = submissionAckSchema.safeParse(await res.json().catch(() => null));
    // A 2xx we cannot read still means stored; the time is then ours.
    await markSubmissionSent(
      row.id,
      ack.success
        ? { submittedAt: ack.data.submittedAt, memberName: ack.data.memberName }
        : { submittedAt: Date.now(), memberName: null },
    );
    return true;
  }
  if (res.status === 429 || res.status === 401 || res.status >= 500) return false;
  await markSubmissionRefused(row.id, await messageOf(res));
  return true;
}

async function flush(
  planId: string,
  link: SubmissionLink,
  doFetch: typeof fetch,
): Promise<SendOutcome> {
  let sent = false;
  for (const row of await unsentSubmissions(planId)) {
    // Only rows of the team the device is in now; a row of a team it left stays queued.
    if (row.teamId !== link.teamId) continue;
    if (!(await sendOne(row, link, doFetch))) return 'waiting';
    sent = true;
  }
  if (sent) await refreshTeamSubmissions(planId, link, doFetch);
  return 'done';
}

/**
 * Reads the team's own submissions (a teammate may have submitted from
 * another device) and keeps the latest on this device, so the plan screen
 * says who submitted last and what changed since. Best effort: offline or
 * refused, the device keeps what it had. Asked when the plan screen opens
 * and after this device's own send, not on every sync.
 */
export async function refreshTeamSubmissions(
  planId: string,
  link: SubmissionLink,
  doFetch: typeof fetch = fetch,
): Promise<void> {
  try {
    const res = await doFetch(
      `${apiBase()}/api/plans/${encodeURIComponent(link.teamId)}/submissions`,
      { headers: { Authorization: `Bearer ${link.credential}` }, cache: 'no-store' },
    );
    if (!res.ok) return;
    const parsed = teamOwnSubmissionsSchema.safeParse(await res.json());
    const latest = parsed.success ? parsed.data.submissions[0] : undefined;
    if (parsed.success && latest && parsed.data.latestPlan) {
      await saveTeamSubmissions(planId, { latest, plan: parsed.data.latestPlan });
    }
  } catch {
    // Offline: the next sync tries again.
  }
}

/** Sends what is queued for this plan; concurrent callers share the run under way. */
export function sendSubmissions(
  planId: string,
  link: SubmissionLink,
  doFetch: typeof fetch = fetch,
): Promise<SendOutcome> {
  let run = inFlight.get(planId);
  if (!run) {
    run = flush(planId, link, doFetch).finally(() => inFlight.delete(planId));
    inFlight.set(planId, run);
  }
  return run;
}
