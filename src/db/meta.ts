/**
 * Small key/value settings kept on the device (the meta table): typed get,
 * set and a live hook. Values must be structured-cloneable.
 */
import { useLiveQuery } from './liveQuery';
import { db } from './db';

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta<T>(key: string, value: T): Promise<void> {
  await db.meta.put({ key, value });
}

/** The live value of a setting; `fallback` until read or when unset. */
export function useMeta<T>(key: string, fallback: T): T {
  const row = useLiveQuery(() => db.meta.get(key), [key]);
  return row === undefined ? fallback : (row.value as T);
}
