/** Key/value settings of the endpoint (the organizer credential's hash, …). */
import type Database from 'better-sqlite3';

export interface SettingsStore {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function createSettingsStore(db: Database.Database): SettingsStore {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => get.get(key)?.value,
    set: (key, value) => {
      set.run(key, value);
    },
  };
}
