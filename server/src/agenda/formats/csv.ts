/**
 * A spreadsheet's CSV, one row per session: reading it into a draft agenda
 * (papaparse; every cell is text, never a formula or a number) and the
 * template organizers start from. Times are wall-clock times in the event's
 * time zone. Rows are numbered as the spreadsheet shows them: the header is
 * row 1.
 */
import Papa from 'papaparse';
import type { Agenda, Speaker } from '../../../../src/domain/agenda';
import { eventOf } from '../../../../src/domain/event';
import { MAX_SESSIONS } from '../../../../src/domain/agendaConstants';
import {
  blankSession,
  finish,
  fit,
  focusAreasFromTrack,
  kindFromType,
  sessionIdFrom,
  shortHash,
  speakerFrom,
  WarningList,
  type ImportOutcome,
  type SourcedSession,
} from './common';

export const CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'start',
  'end',
  'room',
  'kind',
  'focus_areas',
  'speakers',
  'description',
  'cancelled',
] as const;
const REQUIRED = ['title', 'date', 'start', 'end', 'room'] as const;

/** The downloadable template: the header and two example rows (CRLF, as spreadsheets write). */
export const CSV_TEMPLATE = [
  CSV_COLUMNS.join(','),
  'welcome,Welcome and opening plenary,2015-06-10,09:00,10:15,Main hall,plenary,Prevention,"host: Federal agency leadership; Jane Example",Why we are here.,no',
  'lunch-1,Lunch,2015-06-10,12:00,13:00,Dining room,meal,,,,no',
  '',
].join('\r\n');

/** "9:00", "09:00", "9:00 AM", "1:30 pm" → "HH:mm", or undefined. */
function clockTime(text: string): string | undefined {
  const m = /^(\d{1,2}):([0-5]\d)(?::[0-5]\d)?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  const pm = m[3]?.toLowerCase().startsWith('p');
  if (m[3]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

function header(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** Reads a CSV text into a draft agenda (never published here). */
export function importCsv(text: string, current: Agenda): ImportOutcome {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
    transformHeader: header,
    // One row more than an agenda may hold is enough to refuse the file.
    preview: MAX_SESSIONS + 1,
  });
  const fields = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !fields.includes(c));
  if (missing.length) {
    return {
      ok: false,
      errors: [
        {
          where: 'row 1',
          message: `The header lacks ${missing.join(', ')}. Columns: ${CSV_COLUMNS.join(', ')} (see the template).`,
        },
      ],
    };
  }
  const errors: { where: string; message: string }[] = [];
  // Quotes that never close make the rest of the file one cell: say so, with the row.
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' || e.code === 'TooManyFields') {
      errors.push({ where: `row ${(e.row ?? 0) + 2}`, message: `${e.message}.` });
    }
  }
  if (errors.length) return { ok: false, errors };

  if (parsed.data.length > MAX_SESSIONS) {
    return {
      ok: false,
      errors: [
        {
          where: '',
          message: `The file has more than ${MAX_SESSIONS} sessions; at most ${MAX_SESSIONS} are allowed.`,
        },
      ],
    };
  }
  const w = new WarningList();
  const unknownColumns = fields.filter((f) => f && !(CSV_COLUMNS as readonly string[]).includes(f));
  if (unknownColumns.length) w.add('row 1', `Columns ignored: ${unknownColumns.join(', ')}.`);
  const sessions: SourcedSession[] = [];
  parsed.data.forEach((row, i) => {
    const where = `row ${i + 2}`;
    const cell = (name: string) => (row[name] ?? '').trim();
    const date = cell('date');
    const start = clockTime(cell('start'));
    const end = clockTime(cell('end'));
    const problems: string[] = [];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.push(`date "${date}" is not YYYY-MM-DD`);
    if (!start) problems.push(`start "${cell('start')}" is not a time such as 09:00`);
    if (!end) problems.push(`end "${cell('end')}" is not a time such as 10:30`);
    if (problems.length) {
      errors.push({ where, message: `${problems.join('; ')}.` });
      return;
    }
    const title = cell('title');
    let id = cell('id');
    if (!id) {
      // Without an id a row keeps its session only while its title stays the same.
      w.group(
        'Rows without an id get one from their title; add ids so bookmarks survive renames.',
        where,
      );
      id = `${title}-${shortHash(date)}`;
    }
    const s = blankSession(sessionIdFrom(id));
    s.start = `${date}T${start}`;
    s.end = `${date}T${end}`;
    s.title = fit(title, 200, 'Titles', where, w);
    s.room = fit(cell('room'), 100, 'Room names', where, w);
    const kind = kindFromType(cell('kind'));
    if (cell('kind') && !kind.known)
      w.group(`Unknown kind "${cell('kind')}": shown as Breakout.`, where);
    s.kind = kind.kind;
    const focus = focusAreasFromTrack(cell('focus_areas'));
    if (focus.unmatched.length) w.group('Focus areas the app does not know were left out.', where);
    s.focusAreas = focus.focusAreas;
    s.speakers = cell('speakers')
      .split(';')
      .map(speakerFrom)
      .filter((p): p is Speaker => p !== null)
      .slice(0, 30);
    s.description = fit(
      cell('description').replace(/\r\n?/g, '\n'),
      4000,
      'Descriptions',
      where,
      w,
    );
    s.cancelled = /^(yes|y|true|1|x|cancelled)$/i.test(cell('cancelled'));
    sessions.push({ session: s, where });
  });
  if (errors.length) return { ok: false, errors };
  return finish(sessions, { timeZone: eventOf(current).timeZone }, current, w);
}
