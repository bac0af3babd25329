/**
 * Builds a team's Y.Doc from what storage holds: the snapshot, then the log
 * rows after it. The root types are created with their declared kinds first
 * (roots.ts), so the checks that follow see Y.Text / Y.Map / Y.Array rather
 * than untyped roots. Log rows are merged in chunks before applying: one
 * integration pass instead of one per row (a 100,000-row log loads in a
 * fraction of the time).
 */
import * as Y from 'yjs';
import { planRootTypes } from '../../../src/domain/plan/roots';
import type { PlanRecord } from '../db/plans';

const MERGE_CHUNK = 2_000;

export function newPlanDoc(): Y.Doc {
  // gc stays on: deleted content is dropped from memory and from every encoding.
  const doc = new Y.Doc();
  planRootTypes(doc);
  return doc;
}

export function loadDoc(record: Pick<PlanRecord, 'snapshot' | 'updates'>): Y.Doc {
  const doc = newPlanDoc();
  if (record.snapshot && record.snapshot.byteLength > 0) Y.applyUpdate(doc, record.snapshot);
  const rows = record.updates;
  for (let i = 0; i < rows.length; i += MERGE_CHUNK) {
    const chunk = rows.slice(i, i + MERGE_CHUNK).map((r) => r.update);
    Y.applyUpdate(doc, chunk.length === 1 ? chunk[0]! : Y.mergeUpdates(chunk));
  }
  return doc;
}

/** Yjs structs in the document (items and tombstones): what the per-plan item cap counts. */
export function structCount(doc: Y.Doc): number {
  let n = 0;
  for (const structs of doc.store.clients.values()) n += structs.length;
  return n;
}
