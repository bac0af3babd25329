/**
 * The device database exactly as schema version 1 shipped, for migration
 * tests and for regenerating the saved version-1 fixture.
 */
import Dexie from 'dexie';

export const V1_STORES = {
  agenda: 'id',
  bookmarks: 'sessionId',
  meta: 'key',
  plans: 'id',
  planUpdates: '++seq, planId, [planId+sent]',
};

export function openV1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  return db;
}

export interface V1Fixture {
  description: string;
  tables: {
    plans: Record<string, unknown>[];
    planUpdates: { seq: number; planId: string; update: string; createdAt: number; sent: 0 | 1 }[];
    bookmarks: Record<string, unknown>[];
    meta: Record<string, unknown>[];
  };
}
