/**
 * Validation of an agenda an organizer publishes: the shared AgendaSchema
 * (end after start, inside the event days, field sizes) plus what only makes
 * sense for a whole document (unique session ids). Every problem is named by
 * its path so the organizer screen can point at the field.
 */
import { AgendaSchema, type Agenda } from '../../../src/domain/agenda';

export const MAX_AGENDA_BYTES = 512 * 1024;
/** More than this many problems are summarised, not listed. */
const MAX_ISSUES = 100;

export interface AgendaIssue {
  path: string;
  message: string;
}

export type AgendaDraft = Omit<Agenda, 'version' | 'updatedAt'>;

export type AgendaValidation =
  { ok: true; agenda: AgendaDraft } | { ok: false; issues: AgendaIssue[] };

// The server assigns version and updatedAt, so whatever the client sent there
// is replaced by placeholders before validation and dropped afterwards.
const PLACEHOLDER = { version: 1, updatedAt: '1970-01-01T00:00:00.000Z' };

export function validateAgendaInput(body: unknown): AgendaValidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, issues: [{ path: '', message: 'The agenda must be a JSON object.' }] };
  }
  const issues: AgendaIssue[] = [];
  const parsed = AgendaSchema.safeParse({ ...body, ...PLACEHOLDER });
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      issues.push({ path: i.path.map(String).join('.'), message: i.message });
    }
  }
  issues.push(...duplicateIds((body as { sessions?: unknown }).sessions));
  if (issues.length > 0) {
    const shown = issues.slice(0, MAX_ISSUES);
    if (issues.length > MAX_ISSUES) {
      shown.push({ path: '', message: `…and ${issues.length - MAX_ISSUES} more problems.` });
    }
    return { ok: false, issues: shown };
  }
  const { version: _v, updatedAt: _u, ...agenda } = parsed.data!;
  return { ok: true, agenda };
}

function duplicateIds(sessions: unknown): AgendaIssue[] {
  if (!Array.isArray(sessions)) return [];
  const firstIndex = new Map<string, number>();
  const issues: AgendaIssue[] = [];
  sessions.forEach((s: unknown, i) => {
    const id = typeof s === 'object' && s !== null ? (s as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else
      issues.push({
        path: `sessions.${i}.id`,
        message: `Session id "${id}" is already used by sessions.${first}; ids must be unique.`,
      });
  });
  return issues;
}
