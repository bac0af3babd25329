/**
 * A synchronous last-resort copy of changes not yet committed to IndexedDB,
 * written when the page is hidden or unloads: an IndexedDB write started
 * while the page unloads (a reload right after a keystroke) is aborted with
 * the page. The next open applies the copy (Yjs updates are idempotent).
 */
import { fromBase64, toBase64 } from '../domain/base64';

export interface PendingBackup {
  save: (planId: string, update: Uint8Array) => void;
  read: (planId: string) => Uint8Array | undefined;
  clear: (planId: string) => void;
}

const backupKey = (planId: string) => `convening-plan-unsaved:${planId}`;

/** localStorage, when the browser lets the app use it; otherwise nothing. */
export const LOCAL_STORAGE_BACKUP: PendingBackup = {
  save(planId, update) {
    try {
      localStorage.setItem(backupKey(planId), toBase64(update));
    } catch {
      // No localStorage, or full: the IndexedDB write is still under way.
    }
  },
  read(planId) {
    try {
      const raw = localStorage.getItem(backupKey(planId));
      return raw ? fromBase64(raw) : undefined;
    } catch {
      return undefined;
    }
  },
  clear(planId) {
    try {
      localStorage.removeItem(backupKey(planId));
    } catch {
      // Nothing to clear.
    }
  },
};
