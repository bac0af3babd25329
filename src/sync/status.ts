/**
 * The team-sync status everyone can read: one value per tab, set by the sync
 * client, read by the badge through a tiny external store (no zustand: this
 * is session state of src/sync, not UI state). `describeSyncStatus` turns it
 * into the sentence people see.
 */
import { useSyncExternalStore } from 'react';
import { formatWhen } from '../domain/clock';

export type SyncStatus =
  | { kind: 'local' }
  | { kind: 'syncing' }
  | { kind: 'synced'; at: number }
  | { kind: 'offline' }
  /** The endpoint answered 5xx (its storage is full or failing, or it is busy): retrying later. */
  | { kind: 'server_unavailable' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'too_old' }
  | { kind: 'unauthorized'; message: string }
  /** An organizer revoked this device's credential; the plan stays on the device. */
  | { kind: 'removed' };

let current: SyncStatus = { kind: 'local' };
const listeners = new Set<() => void>();

export function getSyncStatus(): SyncStatus {
  return current;
}

export function setSyncStatus(next: SyncStatus): void {
  current = next;
  for (const l of listeners) l();
}

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeSyncStatus, getSyncStatus, getSyncStatus);
}

/** "10:42 AM" in event time (when this device last synced), dated when not today. */
export function clockTime(ms: number, now = Date.now()): string {
  // The app's one format for "when": event time, 12-hour (domain/clock.ts).
  return formatWhen(ms, now);
}

/** What a device whose credential the organizer revoked says (issue 11, D5). */
export const REMOVED_FROM_TEAM =
  'This device was removed from the team; join again with a new code';

/** The sentence for the badge; `waiting` is the number of unsent changes. */
export function describeSyncStatus(s: SyncStatus, waiting: number): string {
  const changes = `${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting`;
  switch (s.kind) {
    case 'local':
      return 'Saved on this device';
    case 'syncing':
      return 'Syncing…';
    case 'synced':
      return waiting > 0
        ? `Synced with team at ${clockTime(s.at)}; ${changes}`
        : `Synced with team at ${clockTime(s.at)}`;
    case 'offline':
      return `Offline: ${changes}`;
    case 'server_unavailable':
      return `The team server cannot take changes right now; ${changes}, trying again shortly`;
    case 'rejected':
      return `Rejected: ${s.reason}`;
    case 'too_old':
      return 'Please update the app to sync with your team';
    case 'unauthorized':
      return 'This device is no longer linked to the team; join again';
    case 'removed':
      return REMOVED_FROM_TEAM;
  }
}
