/**
 * Applies pending migrations. The applied version lives in PRAGMA
 * user_version (cheap to read, atomic with the migration's transaction) and
 * each run is also recorded in schema_migrations for people reading the file.
 */
import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

export function checkMigrations(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `Migration #${i + 1} ("${m.name}") has version ${m.version}; expected ${i + 1}`,
      );
    }
  });
}

/** Returns the versions applied by this call. */
export function migrate(db: Database.Database, list: readonly Migration[]): number[] {
  checkMigrations(list);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > list.length) {
    throw new Error(
      `The database is at schema version ${current}, newer than this server knows (${list.length}). ` +
        'Run a newer server or restore a matching backup.',
    );
  }
  const applied: number[] = [];
  for (const m of list.slice(current)) {
    const run = db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
      // PRAGMA inside the transaction commits or rolls back with it.
      db.pragma(`user_version = ${m.version}`);
    });
    run.immediate();
    applied.push(m.version);
  }
  return applied;
}
