/**
 * Identifiers the exports need that the app does not keep: a UUID per
 * session and room (schedule.json and schedule.xml require one) and a
 * positive integer per session and person (the formats' legacy `id`). Both
 * are derived from the app's own ids, so every export of the same agenda
 * names the same session the same way and apps that follow the guid keep
 * their favourites.
 */
import { createHash } from 'node:crypto';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Fixed namespace for this app's name-based UUIDs (RFC 9562 version 5). */
const NAMESPACE = Buffer.from('6f1c2a4e8d3b4c7a9e5f0a1b2c3d4e5f', 'hex');

export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/** A version-5 UUID of `name` in this app's namespace. */
export function uuidFor(name: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The session's guid: its own id when that already is a UUID (it came from one), else derived. */
export function sessionGuid(sessionId: string): string {
  return isUuid(sessionId) ? sessionId : uuidFor(`session:${sessionId}`);
}

/** A positive integer for `name`, unique within `taken` (which it extends). */
export function numericId(name: string, taken: Set<number>): number {
  let n = createHash('sha1').update(name, 'utf8').digest().readUInt32BE(0) % 2_000_000_000;
  n += 1;
  while (taken.has(n)) n += 1;
  taken.add(n);
  return n;
}

/** The acronym schedule.json and schedule.xml accept ("convening2015"), from a short name. */
export function acronymOf(shortName: string): string {
  const a = shortName.toLowerCase().replace(/[^a-z0-9_]/g, '');
  return a.length >= 4 ? a.slice(0, 40) : `${a}event`.slice(0, 40);
}
