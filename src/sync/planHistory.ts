/**
 * Fetching a team plan's history from the endpoint (activity, the version
 * list, one version) and keeping each answer in the device's database
 * (src/db/planHistory.ts), so what was seen stays readable offline. Every
 * answer is checked against the shared wire schemas before it is kept.
 */
import { getPlanRow } from '../db/plans';
import { saveHistoryPart, type PlanHistoryKey } from '../db/planHistory';
import { apiBase } from './config';
import { teamLinkOf } from './teams';
import { activityResponseSchema, historyResponseSchema } from '../wire/history';
import { PlanExportSchema } from '../domain/plan/exchange';

export type FetchOutcome = { ok: true } | { ok: false; message: string };

async function fetchPart(
  planId: string,
  path: string,
  key: PlanHistoryKey,
  parse: (body: unknown) => { success: boolean; data?: unknown },
): Promise<FetchOutcome> {
  const link = teamLinkOf(await getPlanRow(planId));
  if (!link) return { ok: false, message: 'History is kept for team plans only.' };
  let res: Response;
  try {
    res = await fetch(`${apiBase()}/api/plans/${encodeURIComponent(link.teamId)}/${path}`, {
      headers: { authorization: `Bearer ${link.credential}` },
    });
  } catch {
    return { ok: false, message: 'Offline: showing what this device saw last.' };
  }
  if (!res.ok) {
    return {
      ok: false,
      message:
        res.status === 401
          ? 'This device is no longer in the team.'
          : `The history could not be fetched (${res.status}).`,
    };
  }
  const parsed = parse(await res.json().catch(() => null));
  if (!parsed.success) return { ok: false, message: 'The service answered something unexpected.' };
  await saveHistoryPart(planId, key, parsed.data);
  return { ok: true };
}

export const refreshActivity = (planId: string) =>
  fetchPart(planId, 'activity', 'activity', (b) => activityResponseSchema.safeParse(b));

export const refreshHistory = (planId: string) =>
  fetchPart(planId, 'history', 'history', (b) => historyResponseSchema.safeParse(b));

export const fetchVersion = (planId: string, id: number) =>
  fetchPart(planId, `history/${id}`, `version:${id}`, (b) => PlanExportSchema.safeParse(b));
