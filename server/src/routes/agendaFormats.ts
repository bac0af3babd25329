/**
 * The agenda in the formats conference tools use (see agenda/formats/):
 * GET /api/agenda/schedule.json, /api/agenda/schedule.xml and /api/agenda.ics
 * for anyone (ETag per version and format, 304 on If-None-Match), the CSV
 * template, and POST /api/agenda/import for organizers, which publishes
 * nothing: it answers the draft, its diff against the current version and
 * warnings, or 422 naming each problem by row, line or event id.
 */
import type { Context } from 'hono';
import type { App, AppDeps, AppEnv } from '../context';
import { AgendaSchema, type Agenda } from '../../../src/domain/agenda';
import { diffAgendas } from '../../../src/domain/agendaDiff';
import { eventOf } from '../../../src/domain/event';
import { buildIcs } from '../../../src/domain/ics';
import {
  AGENDA_CSV_TEMPLATE_PATH,
  AGENDA_EXPORTS,
  AGENDA_IMPORT_PATH,
  API_ERRORS,
} from '../../../src/wire/protocol';
import { requireOrganizer } from '../auth/organizer';
import { jsonError, readBodyBytes } from '../http/errors';
import { parseEtagList } from '../agenda/etag';
import {
  buildScheduleJson,
  buildScheduleXml,
  CSV_TEMPLATE,
  decodeText,
  formatOf,
  importSchedule,
  MAX_IMPORT_BYTES,
} from '../agenda/formats';

type Exporter = (agenda: Agenda, baseUrl: string) => string;

const EXPORTS: { path: string; tag: string; type: string; build: Exporter }[] = [
  {
    path: AGENDA_EXPORTS.scheduleJson,
    tag: 'json',
    type: 'application/json; charset=utf-8',
    build: (a, base) => JSON.stringify(buildScheduleJson(a, base), null, 1),
  },
  {
    path: AGENDA_EXPORTS.scheduleXml,
    tag: 'xml',
    type: 'application/xml; charset=utf-8',
    build: buildScheduleXml,
  },
  {
    path: AGENDA_EXPORTS.ics,
    tag: 'ics',
    type: 'text/calendar; charset=utf-8',
    build: (a) =>
      buildIcs(a.sessions, {
        // DTSTAMP from the version, so the same version is the same bytes (and ETag).
        now: Date.parse(a.updatedAt),
        illustrative: a.illustrative,
        calendarName: eventOf(a).title,
        timeZone: eventOf(a).timeZone,
      }),
  },
];

/** The stored current agenda, parsed (it was checked when published). */
function currentAgenda(deps: AppDeps): Agenda | undefined {
  const cur = deps.storage.agenda.current();
  if (!cur) return undefined;
  const parsed = AgendaSchema.safeParse(JSON.parse(cur.json));
  return parsed.success ? parsed.data : undefined;
}

/** Links in the exports point back at this endpoint, as the caller reached it. */
function baseUrlOf(c: Context<AppEnv>): string {
  return new URL(c.req.url).origin;
}

export function register(app: App, deps: AppDeps): void {
  // One body per version and format (and origin) at a time: subscribed calendars poll.
  const cache = new Map<string, string>();

  for (const e of EXPORTS) {
    app.get(e.path, (c) => {
      const agenda = currentAgenda(deps);
      if (!agenda)
        return jsonError(c, 503, API_ERRORS.noAgenda, 'The agenda has not been stored yet.');
      const etag = `"${agenda.version}-${e.tag}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'no-cache');
      const inm = c.req.header('if-none-match');
      if (inm && parseEtagList(inm).some((t) => t === '*' || t === etag)) return c.body(null, 304);
      const base = baseUrlOf(c);
      const key = `${e.tag} ${agenda.version} ${base}`;
      let body = cache.get(key);
      if (body === undefined) {
        for (const k of cache.keys()) if (k.startsWith(`${e.tag} `)) cache.delete(k);
        body = e.build(agenda, base);
        cache.set(key, body);
      }
      c.header('Content-Type', e.type);
      return c.body(body);
    });
  }

  app.get(AGENDA_CSV_TEMPLATE_PATH, (c) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="agenda-template.csv"');
    c.header('Cache-Control', 'no-cache');
    return c.body(CSV_TEMPLATE);
  });

  app.post(AGENDA_IMPORT_PATH, requireOrganizer, (c) => importFile(c, deps));
}

async function importFile(c: Context<AppEnv>, deps: AppDeps): Promise<Response> {
  c.header('Cache-Control', 'no-store');
  const format = formatOf(c.req.header('content-type'));
  if (!format) {
    return jsonError(
      c,
      415,
      'unsupported_media_type',
      'Send the file with Content-Type application/json (schedule.json), application/xml or text/xml (schedule.xml), text/calendar (.ics) or text/csv.',
    );
  }
  const read = await readBodyBytes(
    c,
    MAX_IMPORT_BYTES,
    `The file must be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MiB.`,
  );
  if (!read.ok) return read.response;
  const invalid = (errors: { where: string; message: string }[]) =>
    c.json(
      {
        error: API_ERRORS.invalidImport,
        message: `Nothing was imported: ${errors.length} problem(s) in the ${format} file.`,
        format,
        errors,
      },
      422,
    );
  const text = decodeText(read.bytes);
  if (text === undefined) return invalid([{ where: '', message: 'The file is not UTF-8 text.' }]);
  if (text.trim() === '') return invalid([{ where: '', message: 'The file is empty.' }]);

  const stored = deps.storage.agenda.current();
  const current = currentAgenda(deps);
  if (!stored || !current) {
    return jsonError(c, 503, API_ERRORS.noAgenda, 'The agenda has not been stored yet.');
  }
  let outcome;
  try {
    outcome = importSchedule(format, text, current);
  } catch (err) {
    // A parser meeting input it did not expect is still the file's problem, never a 5xx.
    deps.log(
      `Import of a ${format} file failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    return invalid([
      {
        where: '',
        message: `The file could not be read: ${err instanceof Error ? err.message : String(err)}`,
      },
    ]);
  }
  if (!outcome.ok) return invalid(outcome.errors);
  const next: Agenda = {
    ...outcome.agenda,
    version: current.version + 1,
    updatedAt: deps.now().toISOString(),
  };
  const diff = diffAgendas(current, next);
  return c.json(
    {
      format,
      baseVersion: current.version,
      draft: outcome.agenda,
      diff: {
        fromVersion: diff.fromVersion,
        toVersion: diff.toVersion,
        changes: diff.changes.map((ch) => ({
          sessionId: ch.sessionId,
          kinds: ch.kinds,
          detailFields: ch.detailFields,
          before: ch.before,
          after: ch.after,
        })),
      },
      warnings: outcome.warnings,
    },
    200,
  );
}
