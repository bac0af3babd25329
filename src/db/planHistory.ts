/**
 * The plan history a device has fetched (src/sync/planHistory.ts), kept per
 * plan so the History view and the "last changed by" lines read offline.
 * Removing a plan from the device removes its history too.
 */
import { db } from './db';
import { useLiveQuery } from './liveQuery';

export type PlanHistoryKey = 'activity' | 'history' | `version:${number}`;

export async function saveHistoryPart(planId: string, key: PlanHistoryKey, value: unknown) {
  await db.planHistory.put({ planId, key, value, savedAt: Date.now() });
}

export async function getHistoryPart(planId: string, key: PlanHistoryKey): Promise<unknown> {
  return (await db.planHistory.get([planId, key]))?.value;
}

/** The stored value (undefined while reading or when never fetched). */
export function useHistoryPart(planId: string | undefined, key: PlanHistoryKey): unknown {
  return useLiveQuery(
    async () => (planId ? ((await db.planHistory.get([planId, key]))?.value ?? null) : null),
    [planId, key],
  );
}

/** Version ids this device holds (readable offline). */
export function useStoredVersionIds(planId: string | undefined): Set<number> | undefined {
  const keys = useLiveQuery(
    async () => (planId ? await db.planHistory.where('planId').equals(planId).primaryKeys() : []),
    [planId],
  );
  if (!keys) return undefined;
  return new Set(
    keys
      .map(([, k]) => (k.startsWith('version:') ? Number(k.slice(8)) : NaN))
      .filter((n) => Number.isFinite(n)),
  );
}
