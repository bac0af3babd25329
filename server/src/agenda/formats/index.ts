/**
 * The four schedule formats by media type: which reader takes a body, and
 * the limits every import shares. The route (routes/agendaFormats.ts) stays
 * thin: it reads the bytes, calls importSchedule, and diffs the draft.
 */
import type { Agenda } from '../../../../src/domain/agenda';
import { listIssues, type ImportOutcome } from './common';
import { importCsv } from './csv';
import { importIcalendar } from './icalendar';
import { importScheduleJson } from './scheduleJson';
import { importScheduleXml } from './scheduleXml';

export { buildScheduleJson } from './scheduleJson';
export { buildScheduleXml } from './scheduleXml';
export { CSV_TEMPLATE, CSV_COLUMNS } from './csv';
export type { ImportIssue, ImportOutcome } from './common';

/** An import body may be at most this large (a big conference's schedule.xml is about 2 MiB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ScheduleFormat = 'schedule.json' | 'schedule.xml' | 'icalendar' | 'csv';

/** The format a Content-Type names, or undefined. */
export function formatOf(contentType: string | undefined): ScheduleFormat | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type))
    return 'schedule.json';
  if (type === 'application/xml' || type === 'text/xml' || /^application\/[\w.-]+\+xml$/.test(type))
    return 'schedule.xml';
  if (type === 'text/calendar') return 'icalendar';
  if (type === 'text/csv') return 'csv';
  return undefined;
}

/** Bytes → text: UTF-8 only (what all four formats use), a byte-order mark dropped. */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function importSchedule(
  format: ScheduleFormat,
  text: string,
  current: Agenda,
): ImportOutcome {
  const outcome = read(format, text, current);
  return outcome.ok
    ? { ...outcome, warnings: listIssues(outcome.warnings) }
    : { ok: false, errors: listIssues(outcome.errors) };
}

function read(format: ScheduleFormat, text: string, current: Agenda): ImportOutcome {
  switch (format) {
    case 'schedule.json':
      return importScheduleJson(text, current);
    case 'schedule.xml':
      return importScheduleXml(text, current);
    case 'icalendar':
      return importIcalendar(text, current);
    case 'csv':
      return importCsv(text, current);
  }
}
