/**
 * The device's evaluations: one row per session it rated and one for the
 * convening, stored first (offline works) and marked sent only once the
 * endpoint acknowledged that very version. Changing a rating reuses the
 * row's id, so the endpoint replaces it instead of counting it again.
 */
import { db, type EvaluationRow } from './db';
import { useLiveQuery } from './liveQuery';

export type { EvaluationRow };
export const OVERALL_TARGET = 'overall';

function newId(): string {
  return crypto.randomUUID();
}

export type EvaluationInput =
  | { kind: 'session'; sessionId: string; rating: number; comment?: string }
  | { kind: 'overall'; answers: NonNullable<EvaluationRow['answers']>; comment?: string };

export async function saveEvaluation(
  input: EvaluationInput,
  now = Date.now(),
): Promise<EvaluationRow> {
  const target = input.kind === 'session' ? input.sessionId : OVERALL_TARGET;
  return db.transaction('rw', db.evaluations, async () => {
    const existing = await db.evaluations.where('target').equals(target).first();
    const comment = input.comment?.trim();
    const row: EvaluationRow = {
      id: existing?.id ?? newId(),
      kind: input.kind,
      target,
      ...(input.kind === 'session' ? { rating: input.rating } : { answers: input.answers }),
      ...(comment ? { comment } : {}),
      updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
      sent: 0,
    };
    await db.evaluations.put(row);
    return row;
  });
}

export async function unsentEvaluations(): Promise<EvaluationRow[]> {
  // A version the endpoint refused for good waits for the person to change it.
  const rows = await db.evaluations
    .where('sent')
    .equals(0)
    .filter((row) => !row.refused)
    .toArray();
  // Oldest change first, as the person gave them (the index orders by random id).
  return rows.sort((a, b) => a.updatedAt - b.updatedAt);
}

/** Marks the row sent only if it was not changed again while the send was under way. */
export async function markEvaluationSent(id: string, updatedAt: number): Promise<void> {
  await db.transaction('rw', db.evaluations, async () => {
    const row = await db.evaluations.get(id);
    if (row && row.updatedAt === updatedAt) {
      await db.evaluations.update(id, { sent: 1, refused: undefined });
    }
  });
}

/** The endpoint refused this version for good (e.g. the event is over): keep it, say why. */
export async function markEvaluationRefused(id: string, updatedAt: number, why: string) {
  await db.transaction('rw', db.evaluations, async () => {
    const row = await db.evaluations.get(id);
    if (row && row.updatedAt === updatedAt) await db.evaluations.update(id, { refused: why });
  });
}

/** This device's evaluation of a session (or of the convening), live. */
export function useEvaluation(target: string): EvaluationRow | null | undefined {
  return useLiveQuery(
    async () => (await db.evaluations.where('target').equals(target).first()) ?? null,
    [target],
  );
}
