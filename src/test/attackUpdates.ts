/**
 * Hand-built Yjs updates for the pending-state attacks of issue 11 (D1):
 * a delete set aimed at clocks a client has not used yet, and a struct that
 * sits behind a gap in its client's clock. Used by the endpoint and the
 * device tests.
 */
import * as Y from 'yjs';
import { goalsArray, notesText } from '../domain/plan/model';

function varUint(out: number[], n: number): void {
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
}

/** A V1 update with no structs and one delete range: `client` from `clock` for `len` items. */
export function futureDeleteUpdate(client: number, clock: number, len: number): Uint8Array {
  const out: number[] = [];
  varUint(out, 0); // no structs
  varUint(out, 1); // one client in the delete set
  varUint(out, client);
  varUint(out, 1); // one range
  varUint(out, clock);
  varUint(out, len);
  return Uint8Array.from(out);
}

/**
 * An update whose struct follows an edit that is never sent: a string of
 * `bytes` characters put straight into `goals` (a list of maps), after a
 * first change the receiver never sees.
 */
export function gappedGoalsString(base: Y.Doc, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  notesText(doc).insert(0, 'never sent'); // the gap
  let second: Uint8Array | undefined;
  doc.on('update', (u: Uint8Array) => (second = u));
  goalsArray(doc).insert(0, ['x'.repeat(bytes)] as unknown as Y.Map<unknown>[]);
  return second!;
}
