/**
 * How many changes have not reached the team, counted as a person would (the
 * fields and items changed since the last sync; plan-runtime/changeCount.ts).
 * The sync line and the removal guard say the same number.
 */
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useUnsentUpdates } from '../../../db/plans';
import { countChangedFields } from '../../../plan-runtime';

export function useWaitingChanges(planId: string, doc: Y.Doc): number {
  const unsent = useUnsentUpdates(planId);
  return useMemo(() => countChangedFields(doc, unsent), [doc, unsent]);
}
