/**
 * Pure helpers for the organizer's agenda editor: overlapping sessions in one
 * room, and re-applying an organizer's edits on top of a version another
 * organizer published meanwhile (three-way, field by field).
 *
 * The endpoint never merges: a stale publish gets 412. The rebase happens on
 * the organizer's screen, where conflicts on the same field are shown and the
 * organizer decides before publishing again.
 */
import type { Agenda, Session } from './agenda';
import { sortSessions } from './agenda';

/**
 * A session with every field at its default (a one-hour breakout at 9:00 on
 * day 1, nothing else filled in), for the organizer's "Add session" and for
 * tests; `patch` overrides any field.
 */
export function newSession(id: string, patch: Partial<Session> = {}): Session {
  return {
    id,
    title: '',
    start: '2015-06-10T09:00',
    end: '2015-06-10T10:00',
    room: '',
    kind: 'breakout',
    focusAreas: [],
    speakers: [],
    description: '',
    practiceIds: [],
    cancelled: false,
    ...patch,
  };
}

export interface RoomOverlap {
  room: string;
  a: Session;
  b: Session;
}

function roomKey(room: string): string {
  return room.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Pairs of sessions (not cancelled) in the same room whose times overlap. */
export function findRoomOverlaps(sessions: Session[]): RoomOverlap[] {
  const byRoom = new Map<string, Session[]>();
  for (const s of sessions) {
    if (s.cancelled) continue;
    const key = roomKey(s.room);
    byRoom.set(key, [...(byRoom.get(key) ?? []), s]);
  }
  const out: RoomOverlap[] = [];
  for (const list of byRoom.values()) {
    const sorted = sortSessions(list);
    sorted.forEach((a, i) => {
      for (const b of sorted.slice(i + 1)) {
        if (b.start >= a.end) break;
        out.push({ room: a.room, a, b });
      }
    });
  }
  return out;
}

export const SESSION_FIELDS = [
  'title',
  'start',
  'end',
  'room',
  'kind',
  'description',
  'speakers',
  'focusAreas',
  'practiceIds',
  'cancelled',
] as const satisfies readonly (keyof Session)[];
export type SessionField = (typeof SESSION_FIELDS)[number];

export interface MergeConflict {
  sessionId: string;
  title: string;
  /** A field both changed differently, or 'session' when one removed what the other edited. */
  field: SessionField | 'session';
  mine: unknown;
  theirs: unknown;
}

export interface RebaseResult {
  sessions: Session[];
  /** Conflicts were resolved as "mine"; the editor offers to take theirs instead. */
  conflicts: MergeConflict[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Applies the edits base→mine onto `current` (what the other organizer
 * published). Fields only I changed take my value, fields only they changed
 * keep theirs, fields we both changed differently are conflicts (mine kept).
 */
export function rebaseAgendaEdits(base: Agenda, mine: Session[], current: Agenda): RebaseResult {
  const baseById = new Map(base.sessions.map((s) => [s.id, s]));
  const mineById = new Map(mine.map((s) => [s.id, s]));
  const result = new Map(current.sessions.map((s) => [s.id, s]));
  const conflicts: MergeConflict[] = [];

  for (const [id, b] of baseById) {
    const m = mineById.get(id);
    const c = result.get(id);
    if (!m) {
      // I removed it: fine if they left it alone; a conflict if they edited it.
      if (!c) continue;
      if (same(c, b)) result.delete(id);
      else {
        conflicts.push({ sessionId: id, title: c.title, field: 'session', mine: null, theirs: c });
        result.delete(id);
      }
      continue;
    }
    if (same(m, b)) continue; // I did not touch it: theirs stands.
    if (!c) {
      // They removed what I edited: keep mine, flag it.
      conflicts.push({ sessionId: id, title: m.title, field: 'session', mine: m, theirs: null });
      result.set(id, m);
      continue;
    }
    const merged: Session = { ...c };
    for (const f of SESSION_FIELDS) {
      if (same(m[f], b[f])) continue;
      if (!same(c[f], b[f]) && !same(c[f], m[f])) {
        conflicts.push({ sessionId: id, title: m.title, field: f, mine: m[f], theirs: c[f] });
      }
      (merged as Record<SessionField, unknown>)[f] = m[f];
    }
    result.set(id, merged);
  }

  for (const [id, m] of mineById) {
    if (baseById.has(id)) continue;
    const c = result.get(id);
    if (c && !same(c, m)) {
      conflicts.push({ sessionId: id, title: m.title, field: 'session', mine: m, theirs: c });
    }
    result.set(id, m);
  }

  // Keep the current agenda's order, then my new sessions.
  const order = [...current.sessions.map((s) => s.id), ...mine.map((s) => s.id)];
  const seen = new Set<string>();
  const sessions: Session[] = [];
  for (const id of order) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s = result.get(id);
    if (s) sessions.push(s);
  }
  return { sessions, conflicts };
}

/** Takes the other organizer's side of one conflict in a rebased session list. */
export function takeTheirs(sessions: Session[], conflict: MergeConflict): Session[] {
  if (conflict.field === 'session') {
    const theirs = conflict.theirs as Session | null;
    const without = sessions.filter((s) => s.id !== conflict.sessionId);
    if (!theirs) return without;
    const idx = sessions.findIndex((s) => s.id === conflict.sessionId);
    if (idx < 0) return [...sessions, theirs];
    return sessions.map((s) => (s.id === conflict.sessionId ? theirs : s));
  }
  return sessions.map((s) =>
    s.id === conflict.sessionId ? { ...s, [conflict.field]: conflict.theirs } : s,
  );
}
