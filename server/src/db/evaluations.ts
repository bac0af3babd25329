/**
 * SQL for evaluations: one row per device-made id. Saving an id again
 * replaces that row (a retry, a duplicate send or a changed rating), so
 * nothing counts twice. Anonymous: nothing ties a row to a device or person.
 */
import type Database from 'better-sqlite3';
import type { OverallQuestion } from '../../../src/wire/evaluations';

export type StoredEvaluation =
  | {
      id: string;
      kind: 'session';
      sessionId: string;
      rating: number;
      comment?: string;
      createdAt: number;
      updatedAt: number;
    }
  | {
      id: string;
      kind: 'overall';
      answers: Record<OverallQuestion, number>;
      comment?: string;
      createdAt: number;
      updatedAt: number;
    };

interface Row {
  id: string;
  kind: 'session' | 'overall';
  session_id: string | null;
  rating: number | null;
  answers: string | null;
  comment: string | null;
  created_at: number;
  updated_at: number;
}

export type SaveOutcome = 'created' | 'replaced' | 'id-taken';

export interface EvaluationStore {
  get(id: string): StoredEvaluation | undefined;
  /**
   * Insert, or replace the row with this id. An id already used for another
   * session (or kind) is refused: ids are per device and session.
   */
  save(e: StoredEvaluation): SaveOutcome;
  all(): StoredEvaluation[];
}

function fromRow(r: Row): StoredEvaluation {
  const base = {
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...(r.comment ? { comment: r.comment } : {}),
  };
  return r.kind === 'session'
    ? { ...base, kind: 'session', sessionId: r.session_id ?? '', rating: r.rating ?? 0 }
    : {
        ...base,
        kind: 'overall',
        answers: JSON.parse(r.answers ?? '{}') as Record<OverallQuestion, number>,
      };
}

export function createEvaluationStore(db: Database.Database): EvaluationStore {
  const get = db.prepare<[string], Row>('SELECT * FROM evaluations WHERE id = ?');
  const all = db.prepare<[], Row>('SELECT * FROM evaluations ORDER BY created_at, id');
  const insert = db.prepare(
    `INSERT INTO evaluations (id, kind, session_id, rating, answers, comment, created_at, updated_at)
     VALUES (@id, @kind, @sessionId, @rating, @answers, @comment, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE evaluations SET rating = @rating, answers = @answers, comment = @comment,
       updated_at = @now WHERE id = @id`,
  );
  const save = db.transaction((e: StoredEvaluation): SaveOutcome => {
    const params = {
      id: e.id,
      kind: e.kind,
      sessionId: e.kind === 'session' ? e.sessionId : null,
      rating: e.kind === 'session' ? e.rating : null,
      answers: e.kind === 'overall' ? JSON.stringify(e.answers) : null,
      comment: e.comment ?? null,
      now: e.updatedAt,
    };
    const existing = get.get(e.id);
    if (!existing) {
      insert.run(params);
      return 'created';
    }
    if (existing.kind !== e.kind || existing.session_id !== params.sessionId) return 'id-taken';
    update.run(params);
    return 'replaced';
  });
  return {
    get: (id) => {
      const r = get.get(id);
      return r ? fromRow(r) : undefined;
    },
    save: (e) => save.immediate(e),
    all: () => all.all().map(fromRow),
  };
}
