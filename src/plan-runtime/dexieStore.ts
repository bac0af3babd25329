/** The PlanStore port over the device's IndexedDB (src/db/plans). */
import {
  appendLocalUpdate,
  compactPlan,
  loadPlanUpdates,
  markSent,
  storeRemoteUpdate,
  unsentUpdates,
} from '../db/plans';
import type { PlanStore } from './storagePort';

export const DEXIE_STORE: PlanStore = {
  append: appendLocalUpdate,
  storeRemote: storeRemoteUpdate,
  load: async (planId) => (await loadPlanUpdates(planId)).map((r) => r.update),
  compact: compactPlan,
  unsent: async (planId) =>
    (await unsentUpdates(planId)).map((r) => ({ seq: r.seq!, update: r.update })),
  markSent,
};
