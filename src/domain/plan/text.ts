/**
 * Minimal text edits for Y.Text: find the one changed range between the old
 * and new value of a field so only that range is deleted and inserted. A
 * whole-text replace would clobber a teammate's concurrent typing; a minimal
 * range merges with it character by character.
 */
import type * as Y from 'yjs';

export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The single changed range, or null when equal. `cursor` (where the caret
 * ends in the new text) disambiguates repeated characters ("aa" → "aaa"). */
export function diffText(before: string, after: string, cursor?: number): TextChange | null {
  if (before === after) return null;
  const maxPrefix = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (cursor !== undefined) {
    // The insertion ends at the caret, so the prefix cannot run past where it starts.
    const inserted = after.length - before.length;
    if (inserted > 0) prefix = Math.min(prefix, Math.max(0, cursor - inserted));
  }
  let suffix = 0;
  const maxSuffix = Math.min(before.length, after.length) - prefix;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  // Never split a surrogate pair (Yjs would store half a character).
  if (prefix > 0 && isHigh(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLow(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** Make `ytext` read `value` with the smallest edit (no-op when equal). */
export function setText(ytext: Y.Text, value: string, cursor?: number): void {
  const change = diffText(ytext.toString(), value, cursor);
  if (!change) return;
  const apply = () => {
    if (change.remove > 0) ytext.delete(change.index, change.remove);
    if (change.insert) ytext.insert(change.index, change.insert);
  };
  if (ytext.doc) ytext.doc.transact(apply);
  else apply();
}

type Delta = Array<{ insert?: unknown; delete?: number; retain?: number }>;

/** Where a caret at `pos` belongs after a (remote) change described by `delta`.
 * Text inserted exactly at the caret goes after it (the local typist keeps
 * their place); deleted text before the caret pulls it back. */
export function transformPosition(pos: number, delta: Delta): number {
  let oldIndex = 0;
  let shift = 0;
  for (const op of delta) {
    if (op.retain !== undefined) {
      oldIndex += op.retain;
      if (oldIndex >= pos) break;
    } else if (op.insert !== undefined) {
      const n = typeof op.insert === 'string' ? op.insert.length : 1;
      if (oldIndex < pos) shift += n;
    } else if (op.delete !== undefined) {
      const end = oldIndex + op.delete;
      if (end <= pos) shift -= op.delete;
      else if (oldIndex < pos) shift -= pos - oldIndex;
      oldIndex = end;
      if (oldIndex >= pos) break;
    }
  }
  return pos + shift;
}
