/**
 * What changed between two agenda versions, session by session, and how to
 * say it to a person. Pure functions shared by the device (banner, session
 * marker) and the organizer screens (publish preview, 412 explanation).
 *
 * The diff only compares two snapshots, so changes over several versions
 * combine by diffing the oldest seen against the newest: a session added and
 * removed in between never shows, a session moved twice shows one move.
 */
import type { Agenda, Session } from './agenda';
import { SESSION_KINDS } from './agendaConstants';
import { formatEventDay } from './clock';

export type ChangeKind =
  'added' | 'removed' | 'cancelled' | 'uncancelled' | 'moved' | 'retimed' | 'renamed' | 'details';

/** Session fields that are neither title, times, room nor the cancelled flag. */
export const DETAIL_FIELDS = [
  'kind',
  'description',
  'speakers',
  'focusAreas',
  'practiceIds',
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export interface SessionChange {
  sessionId: string;
  /** Kinds in a stable order (see KIND_ORDER); 'added' and 'removed' stand alone. */
  kinds: ChangeKind[];
  before?: Session;
  after?: Session;
  /** For 'details': which of the other fields changed. */
  detailFields: DetailField[];
}

export interface AgendaDiff {
  fromVersion: number;
  toVersion: number;
  changes: SessionChange[];
}

/** Most disruptive first: what an attendee must notice before walking to a room. */
const KIND_ORDER: ChangeKind[] = [
  'cancelled',
  'removed',
  'moved',
  'retimed',
  'added',
  'uncancelled',
  'renamed',
  'details',
];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The change to one session, or null when nothing about it differs. */
export function diffSession(
  before: Session | undefined,
  after: Session | undefined,
): SessionChange | null {
  if (!before && !after) return null;
  if (!before) return { sessionId: after!.id, kinds: ['added'], after, detailFields: [] };
  if (!after) return { sessionId: before.id, kinds: ['removed'], before, detailFields: [] };
  const kinds: ChangeKind[] = [];
  if (!before.cancelled && after.cancelled) kinds.push('cancelled');
  if (before.cancelled && !after.cancelled) kinds.push('uncancelled');
  if (before.room.trim() !== after.room.trim()) kinds.push('moved');
  if (before.start !== after.start || before.end !== after.end) kinds.push('retimed');
  if (before.title.trim() !== after.title.trim()) kinds.push('renamed');
  const detailFields = DETAIL_FIELDS.filter((f) => !same(before[f], after[f]));
  if (detailFields.length > 0) kinds.push('details');
  if (kinds.length === 0) return null;
  kinds.sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  return { sessionId: after.id, kinds, before, after, detailFields };
}

/** Session-by-session changes from `from` to `to`, in agenda order. */
export function diffAgendas(from: Agenda, to: Agenda): AgendaDiff {
  const before = new Map(from.sessions.map((s) => [s.id, s]));
  const after = new Map(to.sessions.map((s) => [s.id, s]));
  const ids = new Set([...before.keys(), ...after.keys()]);
  const changes: SessionChange[] = [];
  for (const id of ids) {
    const c = diffSession(before.get(id), after.get(id));
    if (c) changes.push(c);
  }
  changes.sort(compareByTime);
  return { fromVersion: from.version, toVersion: to.version, changes };
}

/** The combined change across several versions, oldest first. */
export function diffAcross(versions: Agenda[]): AgendaDiff | null {
  if (versions.length < 2) return null;
  return diffAgendas(versions[0]!, versions[versions.length - 1]!);
}

function changeSession(c: SessionChange): Session {
  return (c.after ?? c.before)!;
}

function compareByTime(a: SessionChange, b: SessionChange): number {
  const sa = changeSession(a);
  const sb = changeSession(b);
  return sa.start.localeCompare(sb.start) || sa.title.localeCompare(sb.title);
}

/**
 * Changes to bookmarked sessions first; within each group the most
 * disruptive kind first, then by start time.
 */
export function orderChanges(
  changes: SessionChange[],
  bookmarked: ReadonlySet<string>,
): SessionChange[] {
  const rank = (c: SessionChange) => KIND_ORDER.indexOf(c.kinds[0]!);
  return [...changes].sort(
    (a, b) =>
      Number(bookmarked.has(b.sessionId)) - Number(bookmarked.has(a.sessionId)) ||
      rank(a) - rank(b) ||
      compareByTime(a, b),
  );
}

// ---- Human text --------------------------------------------------------------

/** "Wednesday, June 10" from an event-local "2015-06-10T..." string. */
export function formatDay(local: string): string {
  return formatEventDay(local.slice(0, 10));
}

function clock(local: string): { text: string; period: 'AM' | 'PM' } {
  const h = Number(local.slice(11, 13));
  const min = local.slice(14, 16);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return { text: `${h12}:${min}`, period: h < 12 ? 'AM' : 'PM' };
}

/** "10:30–11:45 AM", or "11:30 AM–12:45 PM" when the period changes. */
export function formatTimeRange(start: string, end: string): string {
  const a = clock(start);
  const b = clock(end);
  return a.period === b.period
    ? `${a.text}–${b.text} ${b.period}`
    : `${a.text} ${a.period}–${b.text} ${b.period}`;
}

function when(s: Session, withDay: boolean): string {
  const range = formatTimeRange(s.start, s.end);
  return withDay ? `${formatDay(s.start)}, ${range}` : range;
}

const DETAIL_LABELS: Record<DetailField, string> = {
  kind: 'session kind',
  description: 'description',
  speakers: 'speakers',
  focusAreas: 'focus areas',
  practiceIds: 'related practices',
};

function kindLabel(id: Session['kind']): string {
  return SESSION_KINDS.find((k) => k.id === id)?.label ?? id;
}

/** ", Main hall", or nothing while a draft has no room yet. */
function inRoom(s: Session): string {
  return s.room.trim() ? `, ${s.room}` : '';
}

/** One sentence per kind of change, for the banner and the publish preview. */
export function describeChange(c: SessionChange): string[] {
  const { before, after } = c;
  return c.kinds.map((kind) => {
    switch (kind) {
      case 'added':
        return `New session: ${when(after!, true)}${inRoom(after!)}`;
      case 'removed':
        return `Removed from the agenda (was ${when(before!, true)}${inRoom(before!)})`;
      case 'cancelled':
        return 'Cancelled';
      case 'uncancelled':
        return 'Back on the agenda (no longer cancelled)';
      case 'moved':
        return `Moved from ${before!.room} to ${after!.room}`;
      case 'retimed': {
        const dayChanged = before!.start.slice(0, 10) !== after!.start.slice(0, 10);
        return `Now ${when(after!, dayChanged)} (was ${when(before!, dayChanged)})`;
      }
      case 'renamed':
        return `Renamed (was “${before!.title}”)`;
      case 'details': {
        const parts = c.detailFields.map((f) =>
          f === 'kind'
            ? `session kind now ${kindLabel(after!.kind)}`
            : `${DETAIL_LABELS[f]} updated`,
        );
        const text = parts.join(', ');
        return text.charAt(0).toUpperCase() + text.slice(1);
      }
    }
  });
}

/** A short marker for the session page: "moved to Main hall; now 10:30–11:45 AM". */
export function summarizeChange(c: SessionChange): string {
  const { before, after } = c;
  const parts = c.kinds.map((kind) => {
    switch (kind) {
      case 'added':
        return 'new session';
      case 'removed':
        return 'removed from the agenda';
      case 'cancelled':
        return 'cancelled';
      case 'uncancelled':
        return 'no longer cancelled';
      case 'moved':
        return `moved to ${after!.room}`;
      case 'retimed': {
        const dayChanged = before!.start.slice(0, 10) !== after!.start.slice(0, 10);
        return `now ${when(after!, dayChanged)}`;
      }
      case 'renamed':
        return 'renamed';
      case 'details':
        return 'details updated';
    }
  });
  return parts.join('; ');
}

/** The title to show for a change: the new one, or the last known one if removed. */
export function changeTitle(c: SessionChange): string {
  return changeSession(c).title;
}
