/**
 * What every schedule format shares when it becomes the app's agenda: stable
 * session ids from the source's own identifiers, session kind and focus
 * areas from free-text type and track, speakers from person names, the event
 * (merged over the current one where a format says nothing), and the final
 * check with the same validation a publish gets, its problems named by the
 * source's row, line or event id instead of an array index.
 *
 * Pure functions: no I/O, so each format is tested on strings.
 */
import type { Agenda, EventInfo, Session, Speaker } from '../../../../src/domain/agenda';
import {
  SESSION_KINDS,
  SPEAKER_ROLES,
  type SessionKind,
} from '../../../../src/domain/agendaConstants';
import { FOCUS_AREAS, type FocusAreaId } from '../../../../src/domain/focusAreaList';
import { eventDays, eventOf, isTimeZone, MAX_EVENT_DAYS } from '../../../../src/domain/event';
import { acronymOf } from './ids';
import { validateAgendaInput, type AgendaDraft } from '../validate';
import { MAX_SESSIONS } from '../../../../src/domain/agendaConstants';

/** A problem or a remark, with where it is in the source file ("row 4", "line 12", "event 8079…"). */
export interface ImportIssue {
  where: string;
  message: string;
}

export type ImportOutcome =
  { ok: true; agenda: AgendaDraft; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[] };

/** The name this app writes as the generator of its exports, and trusts for its own extras on import. */
export const GENERATOR = 'convening-companion';
/** Key of the app's extras inside schedule.json's free-form `conference.meta`. */
export const META_KEY = 'convening-companion';

/** The one answer for a file with more sessions than an agenda may hold (checked before mapping). */
export function tooMany(count: number): ImportOutcome | undefined {
  if (count <= MAX_SESSIONS) return undefined;
  return {
    ok: false,
    errors: [
      {
        where: '',
        message: `The file has ${count} sessions; at most ${MAX_SESSIONS} are allowed.`,
      },
    ],
  };
}

/** At most this many problems are listed; a file that is wrong everywhere needs no more. */
export const MAX_LISTED = 100;

/** Problems as listed to people: at most MAX_LISTED, each message at most 500 characters. */
export function listIssues(issues: ImportIssue[]): ImportIssue[] {
  const cut = (t: string) => (t.length > 500 ? `${t.slice(0, 499)}…` : t);
  const all = issues.map((i) => ({ where: cut(i.where), message: cut(i.message) }));
  // One more is the summary line the agenda check already adds ("…and 150 more problems.").
  if (all.length <= MAX_LISTED + 1) return all;
  return [
    ...all.slice(0, MAX_LISTED),
    { where: '', message: `…and ${all.length - MAX_LISTED} more problems.` },
  ];
}

/** A mapped session plus where it came from, for messages. */
export interface SourcedSession {
  session: Session;
  where: string;
}

/** Collects warnings of one kind into one line ("12 sessions: …"), so a big file stays readable. */
export class WarningList {
  private readonly grouped = new Map<string, string[]>();
  private readonly single: ImportIssue[] = [];

  add(where: string, message: string): void {
    this.single.push({ where, message });
  }

  /** One warning per `message`, naming the first few places. */
  group(message: string, where: string): void {
    const list = this.grouped.get(message) ?? [];
    list.push(where);
    this.grouped.set(message, list);
  }

  list(): ImportIssue[] {
    const out = [...this.single];
    for (const [message, places] of this.grouped) {
      const shown = places.slice(0, 3).join(', ');
      const more = places.length > 3 ? ` and ${places.length - 3} more` : '';
      out.push({ where: `${shown}${more}`, message });
    }
    return out;
  }
}

/** FNV-1a, 32 bits, base 36: a short stable fingerprint (not a secret). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * A session id from the source's identifier (guid, id, UID, CSV id): the same
 * source id always gives the same session id, so bookmarks survive
 * re-imports. Identifiers that are already valid ids are kept as they are;
 * others are slugged and fingerprinted so two different ones never meet.
 */
export function sessionIdFrom(sourceId: string): string {
  const raw = sourceId.trim();
  const lower = raw.toLowerCase();
  if (ID_RE.test(lower) && lower === raw) return lower;
  const slug = lower
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `${slug || 's'}-${shortHash(raw)}`.replace(/^-/, '');
}

export function isSessionId(value: string): boolean {
  return ID_RE.test(value);
}

const PLENARY = /keynote|plenary|opening|closing|welcome|ceremony|general assembly/;
const MEAL = /break|lunch|dinner|breakfast|coffee|meal|reception|food/;
const TEAM = /team.?time|team planning|state team/;
const BREAKOUT =
  /talk|lecture|workshop|session|panel|discussion|breakout|presentation|performance|meeting|hands-on|tutorial|lightning|seminar|track|other/;

/** The app's session kind for a source type, and whether it was a guess. */
export function kindFromType(type: string | undefined | null): {
  kind: SessionKind;
  known: boolean;
} {
  const t = (type ?? '').trim().toLowerCase();
  const exact = SESSION_KINDS.find((k) => k.id === t || k.label.toLowerCase() === t);
  if (exact) return { kind: exact.id, known: true };
  if (TEAM.test(t)) return { kind: 'team-time', known: true };
  if (MEAL.test(t)) return { kind: 'meal', known: true };
  if (PLENARY.test(t)) return { kind: 'plenary', known: true };
  if (BREAKOUT.test(t)) return { kind: 'breakout', known: true };
  return { kind: 'breakout', known: false };
}

/** Focus areas named in a track (id or label, several separated by , or ;); others are dropped. */
export function focusAreasFromTrack(track: string | undefined | null): {
  focusAreas: FocusAreaId[];
  unmatched: string[];
} {
  const focusAreas: FocusAreaId[] = [];
  const unmatched: string[] = [];
  for (const part of (track ?? '').split(/[;,]/)) {
    const p = part.trim().toLowerCase();
    if (!p) continue;
    const f = FOCUS_AREAS.find((a) => a.id === p || a.label.toLowerCase() === p);
    if (f && !focusAreas.includes(f.id)) focusAreas.push(f.id);
    else if (!f) unmatched.push(part.trim());
  }
  return { focusAreas: focusAreas.slice(0, 5), unmatched };
}

/** A speaker from a name, or "role: description" when it starts with one of the app's roles. */
export function speakerFrom(text: string): Speaker | null {
  const t = text.trim();
  if (!t) return null;
  const m = /^([a-z]+)\s*:\s*(.+)$/i.exec(t);
  const role = m?.[1]?.toLowerCase();
  if (m && (SPEAKER_ROLES as readonly string[]).includes(role!)) {
    return { role: role as Speaker['role'], description: m[2]!.trim().slice(0, 200) };
  }
  return { role: 'speaker', description: t.slice(0, 200) };
}

/** Joins the non-empty parts of a description (subtitle, abstract, description) with blank lines. */
export function joinText(...parts: (string | null | undefined)[]): string {
  const seen: string[] = [];
  for (const p of parts) {
    const t = (p ?? '').replace(/\r\n?/g, '\n').trim();
    if (t && !seen.includes(t)) seen.push(t);
  }
  return seen.join('\n\n');
}

/** Cuts text to `max` characters, warning once per kind of field. */
export function fit(
  text: string,
  max: number,
  what: string,
  where: string,
  w: WarningList,
): string {
  if (text.length <= max) return text;
  w.group(`${what} longer than ${max} characters were shortened.`, where);
  return `${text.slice(0, max - 1)}…`;
}

/** "01:30", "1:30" or "00:30:00" → minutes; undefined when unreadable. */
export function durationMinutes(text: string | undefined | null): number | undefined {
  const m = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec((text ?? '').trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** "2015-06-10T09:00" plus minutes, as wall-clock arithmetic (the same day unless it overflows). */
export function addMinutes(local: string, minutes: number): string {
  const t = new Date(Date.parse(`${local}:00Z`) + minutes * 60_000);
  return t.toISOString().slice(0, 16);
}

/**
 * The app shows a session within its day, so one that runs past midnight
 * ends at 23:59 (said in a warning); an end before the start stays as it is
 * for the check to name.
 */
export function endOnSameDay(start: string, end: string, where: string, w: WarningList): string {
  if (end.slice(0, 10) > start.slice(0, 10)) {
    w.group('Sessions running past midnight are shown ending at 23:59.', where);
    return `${start.slice(0, 10)}T23:59`;
  }
  return end;
}

/** A fixed-offset IANA zone ("Etc/GMT-2" is UTC+2) for files that give offsets but no zone name. */
export function zoneForOffset(minutes: number): string | undefined {
  if (minutes === 0) return 'UTC';
  if (minutes % 60 !== 0) return undefined;
  const hours = -minutes / 60;
  return `Etc/GMT${hours > 0 ? '+' : ''}${hours}`;
}

/**
 * The file's time zone: its named zone when it is a real one, else a fixed
 * zone made from the offset of its first event's date-time (UTC without
 * one), with a warning that says which was used and why.
 */
export function scheduleTimeZone(
  named: string | undefined,
  firstDate: string | undefined,
  w: WarningList,
): string {
  if (named && isTimeZone(named)) return named;
  const offset = firstDate ? isoOffsetMinutes(firstDate) : undefined;
  const guess = offset === undefined ? undefined : zoneForOffset(offset);
  w.add(
    'conference',
    `${named ? `Unknown time zone "${named}"` : 'No time_zone_name'}; times are shown in ${guess ?? 'UTC'}.`,
  );
  return guess ?? 'UTC';
}

/** The offset in minutes of an ISO date-time ("…+02:00", "…Z"), or undefined. */
export function isoOffsetMinutes(iso: string): number | undefined {
  const m = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(iso.trim());
  if (!m) return undefined;
  if (m[1] === 'Z') return 0;
  return (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
}

export interface EventHints {
  title?: string | undefined;
  shortName?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
  city?: string | undefined;
  venue?: string | undefined;
  timeZone: string;
}

/**
 * The imported agenda's event: what the file says, the current event for
 * what it does not say, and days widened to cover every session (with a
 * warning) so a file whose conference dates are off by one still imports.
 */
export function buildEvent(
  hints: EventHints,
  current: Agenda,
  sessions: readonly Session[],
  w: WarningList,
): EventInfo {
  const base = eventOf(current);
  const days = sessions.map((s) => s.start.slice(0, 10)).sort();
  const first = days[0];
  const last = days[days.length - 1];
  let start = hints.start?.slice(0, 10);
  let end = hints.end?.slice(0, 10);
  if (!start || !end) {
    // No dates in the file: keep the current event's days when the sessions fit in them.
    const fits = first && last && first >= base.start && last <= base.end;
    start = fits || !first ? base.start : first;
    end = fits || !last ? base.end : last;
  }
  if (first && first < start) {
    w.add(
      '',
      `Sessions start before the event's first day (${start}); the event now starts ${first}.`,
    );
    start = first;
  }
  if (last && last > end) {
    w.add('', `Sessions run after the event's last day (${end}); the event now ends ${last}.`);
    end = last;
  }
  const title = hints.title?.trim() || base.title;
  // City and venue carry over only while it is the same event.
  const sameEvent = title === base.title;
  return {
    title: title.slice(0, 200),
    // An acronym made from the current short name (schedule.json/xml exports) keeps the short name.
    shortName: (sameEvent && (!hints.shortName || hints.shortName === acronymOf(base.shortName))
      ? base.shortName
      : hints.shortName?.trim() || title
    ).slice(0, 60),
    start,
    end,
    city: (hints.city ?? (sameEvent ? base.city : '')).slice(0, 100),
    venue: (hints.venue ?? (sameEvent ? base.venue : '')).slice(0, 200),
    timeZone: hints.timeZone,
  };
}

/**
 * The draft agenda, checked exactly as a publish would be. Problems found by
 * the shared schema point at `sessions.3.end`; here they are told by the
 * source's own name for that session.
 */
export function finish(
  sessions: SourcedSession[],
  hints: EventHints,
  current: Agenda,
  w: WarningList,
  illustrative = false,
): ImportOutcome {
  if (sessions.length === 0) {
    return { ok: false, errors: [{ where: '', message: 'The file contains no sessions.' }] };
  }
  if (sessions.length > MAX_SESSIONS) {
    return {
      ok: false,
      errors: [
        {
          where: '',
          message: `The file has ${sessions.length} sessions; at most ${MAX_SESSIONS} are allowed.`,
        },
      ],
    };
  }
  const errors: ImportIssue[] = [];
  const seen = new Map<string, string>();
  for (const { session, where } of sessions) {
    const other = seen.get(session.id);
    if (other)
      errors.push({
        where,
        message: `Same id as ${other} (session id "${session.id}"); ids must be unique.`,
      });
    else seen.set(session.id, where);
  }
  if (errors.length) return { ok: false, errors };

  const list = sessions.map((s) => s.session);
  const event = buildEvent(hints, current, list, w);
  if (eventDays(event).length > MAX_EVENT_DAYS) {
    return {
      ok: false,
      errors: [
        {
          where: '',
          message: `The sessions span ${event.start} to ${event.end}; an event lasts at most ${MAX_EVENT_DAYS} days.`,
        },
      ],
    };
  }
  const checked = validateAgendaInput({
    timeZone: event.timeZone,
    event,
    illustrative,
    sessions: list,
  });
  if (!checked.ok) {
    return {
      ok: false,
      errors: checked.issues.map((i) => {
        const m = /^sessions\.(\d+)(?:\.(.+))?$/.exec(i.path);
        const src = m ? sessions[Number(m[1])] : undefined;
        if (!src) return { where: i.path, message: i.message };
        const field = m![2] ? `${m![2]}: ` : '';
        return { where: src.where, message: `${field}${i.message}` };
      }),
    };
  }
  return { ok: true, agenda: checked.agenda, warnings: w.list() };
}

/** A session with the fields a source does not carry left empty. */
export function blankSession(id: string): Session {
  return {
    id,
    title: '',
    start: '',
    end: '',
    room: '',
    kind: 'breakout',
    focusAreas: [],
    speakers: [],
    description: '',
    practiceIds: [],
    cancelled: false,
  };
}
