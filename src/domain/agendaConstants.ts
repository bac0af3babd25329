/**
 * The agenda's fixed vocabulary and small helpers, free of zod so the first
 * screen can use them without loading the schema library (agenda.ts builds
 * the schemas from these and re-exports them).
 */

export const EVENT_TIME_ZONE = 'America/New_York';
export const EVENT_DAYS = ['2015-06-10', '2015-06-11'] as const;

/** Most sessions one agenda may hold (the schema and the endpoint both enforce it). */
export const MAX_SESSIONS = 300;

export const SESSION_KINDS = [
  { id: 'plenary', label: 'Plenary' },
  { id: 'breakout', label: 'Breakout' },
  { id: 'team-time', label: 'State team planning time' },
  { id: 'meal', label: 'Meal or break' },
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number]['id'];

export const SPEAKER_ROLES = ['host', 'moderator', 'speaker', 'panelist', 'facilitator'] as const;

/** The date (YYYY-MM-DD) a session falls on. */
export function sessionDay(s: { start: string }): string {
  return s.start.slice(0, 10);
}

/**
 * Loads the collation data sortSessions needs: the first localeCompare of a
 * page loads ICU's (about 10 ms on a fast machine, in one piece). Called in a
 * start-up task of its own, so the first render of the agenda does not pay it.
 */
export function warmSessionSort(): void {
  'a'.localeCompare('b');
}

export function sortSessions<T extends { start: string; end: string; title: string }>(
  list: T[],
): T[] {
  return [...list].sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      a.end.localeCompare(b.end) ||
      a.title.localeCompare(b.title),
  );
}
