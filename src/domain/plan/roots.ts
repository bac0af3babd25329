/**
 * The plan document's top-level shared types, named once: the model, the
 * editor's undo manager and the endpoint's validator all read this list, so
 * a new root cannot be added in one place and refused in another.
 */
import * as Y from 'yjs';

export const PLAN_ROOTS = {
  title: 'text',
  notes: 'text',
  meta: 'map',
  goals: 'array',
  taNeeds: 'array',
} as const;

export type PlanRootName = keyof typeof PLAN_ROOTS;
export const PLAN_ROOT_NAMES = Object.keys(PLAN_ROOTS) as PlanRootName[];

export function isPlanRoot(name: string): name is PlanRootName {
  return Object.prototype.hasOwnProperty.call(PLAN_ROOTS, name);
}

/** Every root type of `doc`, created with its declared kind (getText/getMap/getArray). */
export function planRootTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  return PLAN_ROOT_NAMES.map((name) => planRoot(doc, name));
}

export function planRoot(doc: Y.Doc, name: PlanRootName): Y.AbstractType<unknown> {
  const kind = PLAN_ROOTS[name];
  if (kind === 'text') return doc.getText(name) as Y.AbstractType<unknown>;
  if (kind === 'map') return doc.getMap(name) as Y.AbstractType<unknown>;
  return doc.getArray(name) as Y.AbstractType<unknown>;
}
