/** The device-side plan runtime: one LocalPlan per plan, its storage port and helpers. */
export { FLUSH_MS, LocalPlan, type LocalPlanOptions } from './LocalPlan';
export { closeLocalPlan, getLocalPlan, peekLocalPlan } from './registry';
export { DEXIE_STORE } from './dexieStore';
export { classifyStorageError, type SaveState } from './saveState';
export type { OutboxRow, PlanStore } from './storagePort';
export { LOCAL_STORAGE_BACKUP, type PendingBackup } from './unloadBackup';
export { countChangedFields } from './changeCount';
