/**
 * The organizer's agenda import: send a file to POST /api/agenda/import
 * (which publishes nothing) and read back the draft, checked with the same
 * AgendaSchema as any agenda, plus warnings; or the problems the endpoint
 * named by row, line or event id. Publishing the draft is publishAgenda.
 */
import { AgendaSchema, type Agenda } from '../domain/agenda';
import {
  AGENDA_CSV_TEMPLATE_PATH,
  AGENDA_IMPORT_PATH,
  IMPORT_TYPES,
  importErrorBodySchema,
  importResponseSchema,
  type ImportIssue,
} from '../wire/protocol';
import { apiBase } from './config';
import { call, failure, NETWORK, type ApiFailure } from './organizer';

export type { ImportIssue };

export interface ImportPreview {
  format: string;
  baseVersion: number;
  draft: Agenda;
  warnings: ImportIssue[];
}

export type ImportResult =
  | { ok: true; value: ImportPreview }
  | { ok: false; kind: 'invalid'; message: string; errors: ImportIssue[] }
  | { ok: false; kind: 'unsupported'; message: string }
  | ApiFailure;

/** The media type for a file: by its name's ending, else what the browser says. */
export function importTypeOf(file: { name: string; type: string }): string | undefined {
  const ext = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return (
    (ext && IMPORT_TYPES[ext]) ||
    (Object.values(IMPORT_TYPES).includes(file.type) ? file.type : undefined)
  );
}

export function csvTemplateUrl(): string {
  return `${apiBase()}${AGENDA_CSV_TEMPLATE_PATH}`;
}

export async function importAgendaFile(file: Blob & { name: string }): Promise<ImportResult> {
  const type = importTypeOf(file);
  if (!type) {
    return {
      ok: false,
      kind: 'unsupported',
      message: 'Choose a schedule.json, schedule.xml, .ics or .csv file.',
    };
  }
  let res: Response;
  try {
    res = await call(AGENDA_IMPORT_PATH, {
      method: 'POST',
      headers: { 'Content-Type': type },
      body: file,
    });
  } catch {
    return NETWORK;
  }
  if (res.status === 422) {
    const body = importErrorBodySchema.safeParse(await res.json().catch(() => null));
    return {
      ok: false,
      kind: 'invalid',
      message: (body.success ? body.data.message : undefined) ?? 'Nothing was imported.',
      errors: body.success ? body.data.errors : [],
    };
  }
  if (!res.ok) return failure(res);
  const body = importResponseSchema.safeParse(await res.json().catch(() => null));
  const draft = body.success
    ? AgendaSchema.safeParse({
        ...(body.data.draft as object),
        version: body.data.baseVersion + 1,
        updatedAt: new Date(0).toISOString(),
      })
    : undefined;
  if (!body.success || !draft?.success) {
    return {
      ok: false,
      kind: 'error',
      status: res.status,
      message: 'The endpoint sent an answer this app cannot read.',
    };
  }
  return {
    ok: true,
    value: {
      format: body.data.format,
      baseVersion: body.data.baseVersion,
      draft: draft.data,
      warnings: body.data.warnings,
    },
  };
}
