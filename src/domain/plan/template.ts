/**
 * The template a new plan starts from: one goal per mandate of the Act.
 *
 * It is built as ONE Yjs update by a document with a fixed client id and
 * fixed content, so every device that starts the same team's plan produces
 * byte-identical structs. Merging two such plans applies the same items twice
 * (a no-op) instead of adding a second copy of every goal.
 */
import * as Y from 'yjs';
import { makeGoal } from './edit';
import { MANDATES } from './mandates';
import { goalsArray, metaMap } from './model';
import { PLAN_SCHEMA_VERSION } from './schema';

/** Client id reserved for the template; never used by an editing device. */
export const TEMPLATE_CLIENT_ID = 1;

export const templateGoalId = (mandateId: string) => `g-${mandateId}`;

let cached: Uint8Array | undefined;

/** The template as one update (always the same bytes). */
export function templateUpdate(): Uint8Array {
  if (cached) return cached.slice();
  const doc = new Y.Doc();
  doc.clientID = TEMPLATE_CLIENT_ID;
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', PLAN_SCHEMA_VERSION);
    goalsArray(doc).push(
      MANDATES.map((m, i) =>
        makeGoal(templateGoalId(m.id), i + 1, {
          title: m.title,
          mandateId: m.id,
          focusAreas: m.focusAreas,
        }),
      ),
    );
  });
  cached = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return cached.slice();
}

/** A fresh editing document (random client id) holding the template. */
export function createPlanDoc(origin: unknown = 'template'): Y.Doc {
  const doc = new Y.Doc();
  if (doc.clientID === TEMPLATE_CLIENT_ID) doc.clientID = TEMPLATE_CLIENT_ID + 1;
  Y.applyUpdate(doc, templateUpdate(), origin);
  return doc;
}

/** An empty editing document (for loading stored updates into). */
export function emptyPlanDoc(): Y.Doc {
  const doc = new Y.Doc();
  if (doc.clientID === TEMPLATE_CLIENT_ID) doc.clientID = TEMPLATE_CLIENT_ID + 1;
  return doc;
}
