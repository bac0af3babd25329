/**
 * Which goals, steps and TA needs a transaction touched: for each type it
 * changed, the nearest enclosing map that has an `id` (a goal, step or TA
 * need; '' for the plan's own fields and root lists). Costs what the edit
 * costs (the changed types and their depth), never a walk of the plan: the
 * history batches a team's changes and names, per item, who touched it.
 */
import * as Y from 'yjs';

export function touchedItems(trs: readonly Y.Transaction[]): Set<string> {
  const ids = new Set<string>();
  for (const tr of trs) {
    for (const type of tr.changed.keys()) ids.add(enclosingItemId(type));
  }
  return ids;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its event parameter as any
function enclosingItemId(type: Y.AbstractType<any>): string {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let t: Y.AbstractType<any> | null = type;
  while (t) {
    if (t instanceof Y.Map) {
      const id: unknown = (t as Y.Map<unknown>).get('id');
      if (typeof id === 'string') return id;
    }
    const parent: unknown = t._item?.parent;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    t = parent instanceof Y.AbstractType ? (parent as Y.AbstractType<any>) : null;
  }
  return '';
}

/**
 * Whether applying `update` would delete a goal, step or TA need (a map in
 * one of the plan's lists), read from its delete set against the document
 * before it is applied. Looks only at the deleted ranges: text deletions,
 * the commonest, cost a lookup each.
 */
export function deletesItems(doc: Y.Doc, update: Uint8Array): boolean {
  const { ds } = Y.decodeUpdate(update);
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      const last = structs[structs.length - 1];
      if (!last || clock >= last.id.clock + last.length) continue;
      for (
        let i = Y.findIndexSS(structs, Math.max(clock, structs[0]!.id.clock));
        i < structs.length;
        i++
      ) {
        const s = structs[i]!;
        if (s.id.clock >= clock + len) break;
        if (
          s instanceof Y.Item &&
          !s.deleted &&
          s.content instanceof Y.ContentType &&
          s.parent instanceof Y.Array
        ) {
          return true;
        }
      }
    }
  }
  return false;
}
