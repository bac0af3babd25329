/**
 * Overlaps in my schedule: pairs of bookmarked sessions whose times cross.
 * Touching end-to-start (10:00-11:00 then 11:00-12:00) is not an overlap, and
 * cancelled sessions never clash with anything.
 */
import type { Session } from './agenda';
import { sortSessions } from './agendaConstants';

export type OverlapPair = [Session, Session];

export function findOverlaps(sessions: readonly Session[]): OverlapPair[] {
  const live = sortSessions(sessions.filter((s) => !s.cancelled));
  const pairs: OverlapPair[] = [];
  for (let i = 0; i < live.length; i++) {
    const a = live[i]!;
    // Sorted by start, so once a later session starts at or after a's end, none after it can clash.
    for (let j = i + 1; j < live.length; j++) {
      const b = live[j]!;
      if (b.start >= a.end) break;
      pairs.push([a, b]);
    }
  }
  return pairs;
}

/** For each session id, the ids of the sessions it overlaps. */
export function overlapIndex(pairs: readonly OverlapPair[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    index.set(a.id, [...(index.get(a.id) ?? []), b.id]);
    index.set(b.id, [...(index.get(b.id) ?? []), a.id]);
  }
  return index;
}
