/**
 * My schedule: bookmarked session ids, kept on the device (IndexedDB), so
 * they work offline and survive reloads. Ids of sessions later removed from
 * the agenda stay until the person removes them (screens say so).
 */
import { useLiveQuery } from './liveQuery';
import { db } from './db';

export function addBookmark(sessionId: string, now = Date.now()): Promise<string> {
  return db.bookmarks.put({ sessionId, addedAt: now });
}

export function removeBookmark(sessionId: string): Promise<void> {
  return db.bookmarks.delete(sessionId);
}

/** Adds or removes; resolves to whether the session is bookmarked afterwards. */
export async function toggleBookmark(sessionId: string): Promise<boolean> {
  return db.transaction('rw', db.bookmarks, async () => {
    if (await db.bookmarks.get(sessionId)) {
      await db.bookmarks.delete(sessionId);
      return false;
    }
    await db.bookmarks.put({ sessionId, addedAt: Date.now() });
    return true;
  });
}

/** The bookmarked ids, live; undefined while the first read is in flight. */
export function useBookmarkIds(): Set<string> | undefined {
  return useLiveQuery(async () => new Set(await db.bookmarks.toCollection().primaryKeys()), []);
}
