/**
 * Agenda versions: each publish is a new row; the highest version is current.
 * Versions are assigned here, inside one IMMEDIATE transaction, so two
 * organizers publishing at once can never both win the same version.
 */
import type Database from 'better-sqlite3';
import type { Agenda } from '../../../src/domain/agenda';

export interface StoredAgenda {
  version: number;
  /** The agenda document as stored (JSON text, version and updatedAt included). */
  json: string;
}

export type PublishResult =
  | { ok: true; agenda: Agenda; json: string }
  | { ok: false; reason: 'stale'; current: StoredAgenda };

export interface AgendaStore {
  /** The current version number, or undefined before seeding. */
  currentVersion(): number | undefined;
  current(): StoredAgenda | undefined;
  /** Inserts `agenda` as version 1 if there is no version yet; returns whether it did. */
  seed(agenda: Agenda, publishedAt?: string): boolean;
  /**
   * Stores `next` as version expected+1 if `expected` is still current.
   * The stored document's version and updatedAt are set here.
   */
  publish(
    expected: number,
    next: Omit<Agenda, 'version' | 'updatedAt'>,
    publishedBy: string,
    now?: Date,
  ): PublishResult;
}

export function createAgendaStore(db: Database.Database): AgendaStore {
  const maxVersion = db.prepare<[], { v: number | null }>(
    'SELECT MAX(version) AS v FROM agenda_versions',
  );
  const latest = db.prepare<[], StoredAgenda>(
    'SELECT version, json FROM agenda_versions ORDER BY version DESC LIMIT 1',
  );
  const insert = db.prepare<[number, string, string, string]>(
    'INSERT INTO agenda_versions (version, json, published_at, published_by) VALUES (?, ?, ?, ?)',
  );

  // Every plan sync asks (its event's time zone follows the agenda): kept
  // once read. Only this store writes agenda_versions, and it forgets the
  // figure after each of its writes, committed or not.
  let known: { v: number | undefined } | undefined;
  const currentVersion = () => (known ??= { v: maxVersion.get()?.v ?? undefined }).v;
  const forgetting =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      try {
        return fn(...args);
      } finally {
        known = undefined;
      }
    };

  const seedTx = db.transaction((agenda: Agenda, publishedAt: string) => {
    if (currentVersion() !== undefined) return false;
    const doc: Agenda = { ...agenda, version: 1 };
    insert.run(1, JSON.stringify(doc), publishedAt, 'seed');
    return true;
  });

  const publishTx = db.transaction(
    (
      expected: number,
      next: Omit<Agenda, 'version' | 'updatedAt'>,
      by: string,
      now: Date,
    ): PublishResult => {
      const cur = latest.get();
      if (!cur || cur.version !== expected) {
        return { ok: false, reason: 'stale', current: cur ?? { version: 0, json: 'null' } };
      }
      const version = cur.version + 1;
      const updatedAt = now.toISOString();
      const agenda = { ...next, version, updatedAt } as Agenda;
      const json = JSON.stringify(agenda);
      insert.run(version, json, updatedAt, by);
      return { ok: true, agenda, json };
    },
  );

  return {
    currentVersion,
    current: () => latest.get(),
    seed: forgetting((agenda, publishedAt = agenda.updatedAt) =>
      seedTx.immediate(agenda, publishedAt),
    ),
    publish: forgetting((expected, next, by, now = new Date()) =>
      publishTx.immediate(expected, next, by, now),
    ),
  };
}
