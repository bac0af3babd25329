/**
 * Plan storage on the device: the `plans` rows and the Yjs updates of each
 * plan (`planUpdates`). Every function resolves only after its Dexie
 * transaction committed, so "saved" in the UI means on disk.
 *
 * Sent/unsent: local edits are stored unsent (0) until sync marks them sent;
 * updates that came from the endpoint are stored sent (1). Compaction merges
 * sent rows with sent rows and unsent with unsent, never across, so the
 * outbox never loses a change the endpoint has not acknowledged.
 */
import { useLiveQuery } from './liveQuery';
import { db, type PlanRow, type PlanUpdateRow } from './db';

export type { PlanRow, PlanUpdateRow };

/** The device's plan before it joins a team. */
export const LOCAL_PLAN_ID = 'local';

/** Store a local change (unsent); resolves with its seq after the commit. */
export async function appendLocalUpdate(planId: string, update: Uint8Array): Promise<number> {
  return db.transaction('rw', db.planUpdates, db.plans, async () => {
    const now = Date.now();
    const seq = await db.planUpdates.add({ planId, update, createdAt: now, sent: 0 });
    await touchPlan(planId, now);
    return seq as number;
  });
}

/** Store an update that came from the endpoint (already sent). */
export async function storeRemoteUpdate(planId: string, update: Uint8Array): Promise<void> {
  await db.transaction('rw', db.planUpdates, db.plans, async () => {
    const now = Date.now();
    await db.planUpdates.add({ planId, update, createdAt: now, sent: 1 });
    await touchPlan(planId, now);
  });
}

async function touchPlan(planId: string, now: number) {
  const row = await db.plans.get(planId);
  if (row) await db.plans.update(planId, { updatedAt: now });
  else await db.plans.put({ id: planId, createdAt: now, updatedAt: now, rowVersion: 2 });
}

/** All stored updates of a plan, in the order they were written. */
export async function loadPlanUpdates(planId: string): Promise<PlanUpdateRow[]> {
  return db.planUpdates.where('planId').equals(planId).sortBy('seq');
}

/** Updates the endpoint has not acknowledged yet, oldest first. */
export async function unsentUpdates(planId: string): Promise<PlanUpdateRow[]> {
  return db.planUpdates.where('[planId+sent]').equals([planId, 0]).sortBy('seq');
}

/** Mark updates acknowledged (after a 2xx). Unknown seqs are ignored. */
export async function markSent(planId: string, seqs: number[]): Promise<void> {
  if (seqs.length === 0) return;
  await db.transaction('rw', db.planUpdates, async () => {
    const rows = await db.planUpdates.bulkGet(seqs);
    const mine = rows.filter((r): r is PlanUpdateRow => !!r && r.planId === planId);
    await db.planUpdates.bulkPut(mine.map((r) => ({ ...r, sent: 1 as const })));
  });
}

export async function countUnsent(planId: string): Promise<number> {
  return db.planUpdates.where('[planId+sent]').equals([planId, 0]).count();
}

const NONE: Uint8Array[] = [];

/** Live list of the unsent updates, oldest first (none while loading). */
export function useUnsentUpdates(planId: string): Uint8Array[] {
  return useLiveQuery(
    async () => (await unsentUpdates(planId)).map((r) => r.update),
    [planId],
    NONE,
  );
}

/**
 * Merge all sent rows into one sent row and all unsent rows into one unsent
 * row, in one transaction. Each merged row keeps the highest seq of its group,
 * so a sync round that is in flight and later marks that seq sent still marks
 * exactly what it sent (the merge contains nothing newer than that seq).
 */
export async function compactPlan(
  planId: string,
  merge: (updates: Uint8Array[]) => Uint8Array,
): Promise<{ before: number; after: number }> {
  return db.transaction('rw', db.planUpdates, async () => {
    const rows = await db.planUpdates.where('planId').equals(planId).sortBy('seq');
    let after = 0;
    for (const sent of [1, 0] as const) {
      const group = rows.filter((r) => r.sent === sent);
      if (group.length === 0) continue;
      after += 1;
      if (group.length === 1) continue;
      const last = group[group.length - 1]!;
      const merged = merge(group.map((r) => r.update));
      await db.planUpdates.bulkDelete(group.slice(0, -1).map((r) => r.seq!));
      await db.planUpdates.put({ ...last, update: merged, createdAt: Date.now() });
    }
    return { before: rows.length, after };
  });
}

/** Delete a plan and all its updates from this device. */
export async function removePlanFromDevice(planId: string): Promise<void> {
  await db.transaction('rw', db.planUpdates, db.plans, db.planHistory, async () => {
    await db.planUpdates.where('planId').equals(planId).delete();
    await db.plans.delete(planId);
    // Its fetched history names teammates: it goes with the plan.
    await db.planHistory.where('planId').equals(planId).delete();
  });
}

export async function getPlanRow(planId: string): Promise<PlanRow | undefined> {
  return db.plans.get(planId);
}

export async function putPlanRow(row: PlanRow): Promise<void> {
  await db.plans.put(row);
}

/** Live plan row (undefined while loading or when there is none). */
export function usePlanRow(planId: string): PlanRow | undefined {
  return useLiveQuery(() => db.plans.get(planId), [planId]);
}

/** Total bytes of a plan's stored updates (for the About screen and benchmarks). */
export async function planStoredBytes(planId: string): Promise<number> {
  const rows = await loadPlanUpdates(planId);
  return rows.reduce((n, r) => n + r.update.byteLength, 0);
}

/** meta key naming the plan this device edits (sync may point it at a team plan). */
export const ACTIVE_PLAN_KEY = 'activePlanId';

/** The plan the editor shows: the active one, or the local draft. */
export function useActivePlanId(): string | undefined {
  return useLiveQuery(
    async () =>
      ((await db.meta.get(ACTIVE_PLAN_KEY))?.value as string | undefined) ?? LOCAL_PLAN_ID,
    [],
  );
}

export async function getActivePlanId(): Promise<string> {
  return ((await db.meta.get(ACTIVE_PLAN_KEY))?.value as string | undefined) ?? LOCAL_PLAN_ID;
}
