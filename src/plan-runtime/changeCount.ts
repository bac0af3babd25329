/**
 * "N changes waiting" the way a person counts them: the distinct fields they
 * edited (a title, a step's text, a status) and the items they added or
 * removed (a step, a goal, a TA need), not Yjs updates, which come one per
 * keystroke or so. Reads the unsent updates against the plan's document,
 * which already holds them (every local change is applied before it is
 * stored).
 */
import * as Y from 'yjs';

type Ranges = Map<number, [number, number][]>;

function inRanges(ranges: Ranges, id: Y.ID): boolean {
  return (ranges.get(id.client) ?? []).some(([from, to]) => id.clock >= from && id.clock < to);
}

function typeKey(type: Y.AbstractType<unknown>): string {
  const item = type._item;
  return item ? `${item.id.client}:${item.id.clock}` : `root:${Y.findRootTypeKey(type)}`;
}

/** The field or item a change to `item` counts against. */
function fieldOf(item: Y.Item, added: Ranges): string {
  const parent = item.parent as Y.AbstractType<unknown>;
  const container = parent._item;
  // Whatever fills a container added in the same changes (a new step's text
  // and fields) counts as adding the container, once.
  if (container && inRanges(added, container.id)) return fieldOf(container, added);
  if (item.parentSub !== null) return `${typeKey(parent)}.${item.parentSub}`;
  // A new element of a list (a step, a goal) is its own change; characters
  // of a text all belong to that one field.
  if (item.content instanceof Y.ContentType) return `item:${item.id.client}:${item.id.clock}`;
  return typeKey(parent);
}

function lookUp(doc: Y.Doc, id: Y.ID): Y.Item | null {
  try {
    const found = Y.getItem(doc.store, id);
    return found instanceof Y.Item ? found : null;
  } catch {
    // Not (yet) in this document, e.g. written by another tab a moment ago.
    return null;
  }
}

/** Stored rows are Uint8Arrays; some IndexedDB stand-ins hand back look-alike objects. */
function bytes(u: Uint8Array): Uint8Array {
  return ArrayBuffer.isView(u) ? u : Uint8Array.from(Object.values(u as unknown as number[]));
}

export function countChangedFields(doc: Y.Doc, updates: readonly Uint8Array[]): number {
  if (updates.length === 0) return 0;
  const decoded = updates.flatMap((u) => {
    try {
      return [Y.decodeUpdate(bytes(u))];
    } catch {
      // A status line must never break the editor: an unreadable row still counts below.
      return [];
    }
  });
  const added: Ranges = new Map();
  for (const { structs } of decoded)
    for (const s of structs) {
      if (!(s instanceof Y.Item)) continue;
      const list = added.get(s.id.client) ?? [];
      list.push([s.id.clock, s.id.clock + s.length]);
      added.set(s.id.client, list);
    }
  const fields = new Set<string>();
  const count = (id: Y.ID) => {
    const item = lookUp(doc, id);
    if (item) fields.add(fieldOf(item, added));
  };
  for (const { structs, ds } of decoded) {
    for (const s of structs) if (s instanceof Y.Item) count(s.id);
    for (const [client, deletes] of ds.clients)
      for (const d of deletes) count(Y.createID(client, d.clock));
  }
  // Something is waiting even when this document cannot place it.
  return Math.max(fields.size, 1);
}
