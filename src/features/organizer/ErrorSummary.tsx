/**
 * The problems the endpoint found when publishing, listed at the top of the
 * editor: each names the session and says what to do, and opens that
 * session's form at the field. (Focus itself goes to the first bad field.)
 */
import type { Session } from '../../domain/agenda';
import { formatDay, formatTimeRange } from '../../domain/agendaDiff';
import { fieldLabel } from './issueWords';
import type { FieldIssue } from './useAgendaEditor';

export interface ErrorSummaryProps {
  issues: Map<string, FieldIssue[]>;
  general: string[];
  sessions: Session[];
  onOpen: (sessionId: string, field: string) => void;
}

export function ErrorSummary({ issues, general, sessions, onOpen }: ErrorSummaryProps) {
  const rows = [...issues.entries()].flatMap(([id, list]) =>
    list.map((i) => ({ id, ...i, session: sessions.find((s) => s.id === id) })),
  );
  const count = rows.length + general.length;
  if (count === 0) return null;
  return (
    <section className="org-panel org-error-summary" aria-labelledby="org-errors-title">
      <h2 id="org-errors-title">
        Not published: {count} {count === 1 ? 'thing needs' : 'things need'} fixing
      </h2>
      <ul>
        {rows.map((r) => (
          <li key={`${r.id}-${r.field}-${r.message}`}>
            <button type="button" className="org-link-button" onClick={() => onOpen(r.id, r.field)}>
              {name(r.session)}, {fieldLabel(r.field).toLowerCase()}: {r.message}
            </button>
          </li>
        ))}
        {general.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </section>
  );
}

/** The session by its title, or (a title is what is missing) by when it is. */
function name(s: Session | undefined): string {
  if (!s) return 'A session';
  return (
    s.title.trim() ||
    `The untitled session on ${formatDay(s.start)}, ${formatTimeRange(s.start, s.end)}`
  );
}
