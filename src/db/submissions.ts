/**
 * The device's plan submissions: queued here first (offline works), one row
 * per submission with the id made here, and marked sent only once the
 * endpoint acknowledged that id. Sending the same id again never makes a
 * second submission on the endpoint, so a lost answer is simply resent.
 */
import { db, type SubmissionRow } from './db';
import { useLiveQuery } from './liveQuery';
import type { Plan } from '../domain/plan/schema';

export type { SubmissionRow };

export async function queueSubmission(
  input: { planId: string; teamId: string; update: Uint8Array; plan: Plan },
  now = Date.now(),
): Promise<SubmissionRow> {
  const row: SubmissionRow = {
    ...input,
    id: crypto.randomUUID(),
    createdAt: now,
    sent: 0,
  };
  await db.submissions.add(row);
  return row;
}

/** The plan's submissions not yet acknowledged (and not refused for good), oldest first. */
export async function unsentSubmissions(planId: string): Promise<SubmissionRow[]> {
  const rows = await db.submissions
    .where('planId')
    .equals(planId)
    .filter((r) => r.sent === 0 && !r.refused)
    .toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}

export async function markSubmissionSent(
  id: string,
  ack: { submittedAt: number; memberName: string | null },
): Promise<void> {
  await db.submissions.update(id, { sent: 1, refused: undefined, ...ack });
}

export async function markSubmissionRefused(id: string, why: string): Promise<void> {
  await db.submissions.update(id, { refused: why });
}

/** The plan's newest submission from this device (queued or sent), live. */
export function useLatestSubmission(planId: string): SubmissionRow | null | undefined {
  return useLiveQuery(async () => {
    const rows = await db.submissions.where('planId').equals(planId).toArray();
    return rows.sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;
  }, [planId]);
}
