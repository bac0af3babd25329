/**
 * Search results. The query lives in the URL (/library/search?q=...), so a
 * result list can be shared and Back returns to it; the count is announced.
 */
import { Fragment, useMemo, type ReactNode } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import type { SearchHit, SearchHitKind } from '../../domain/search';
import { Breadcrumbs, useDocumentTitle } from './parts';
import { SearchForm, searchHref } from './SearchForm';
import { librarySearch } from './searchIndex';
import { SHIPPED_AGENDA } from '../../content/agenda';
import { useCurrentAgenda } from '../../db/agenda';

const KIND_LABEL: Record<SearchHitKind, string> = {
  session: 'Session',
  practice: 'Practice',
  example: 'Example',
  jurisdiction: 'Jurisdiction',
  lesson: 'Lesson',
  prevention: 'Prevention',
};

const SUGGESTIONS = ['72 hours', 'SEEN', 'task force', 'trauma', 'hotline', 'data'];

/** Wraps the words of `text` that start with one of `terms` in <mark>. */
function highlight(text: string, terms: readonly string[]): ReactNode {
  if (terms.length === 0) return text;
  const parts = text.split(/(\s+)/);
  return parts.map((part, i) => {
    const word = part.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
    const hit = word && terms.some((t) => word.startsWith(t));
    return hit ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>;
  });
}

/** Turns an absolute /library href into one relative to this nested router. */
function libraryHref(href: string): string {
  return href.startsWith('/library/') ? href.slice('/library'.length) : `~${href}`;
}

function Result({ hit }: { hit: SearchHit }) {
  return (
    <li className="lib-hit">
      <p className="lib-hit-kind">
        {hit.context.startsWith(KIND_LABEL[hit.kind])
          ? hit.context
          : `${KIND_LABEL[hit.kind]} · ${hit.context}`}
      </p>
      <Link href={libraryHref(hit.href)} className="lib-hit-title">
        {hit.title}
      </Link>
      {hit.snippet && <p className="lib-hit-snippet">{highlight(hit.snippet, hit.terms)}</p>}
    </li>
  );
}

export function SearchPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const q = new URLSearchParams(search).get('q') ?? '';
  // Sessions of both days are searched with the library: one search box.
  const { sessions } = useCurrentAgenda(SHIPPED_AGENDA).agenda;
  const hits = useMemo(() => librarySearch(sessions).search(q), [q, sessions]);
  const trimmed = q.trim();
  // The count is in the title, so arriving from the home page's search box
  // (the route announcer reads the new title) says how many results there are.
  useDocumentTitle(
    trimmed
      ? `Search: ${trimmed} (${hits.length} ${hits.length === 1 ? 'result' : 'results'})`
      : 'Search sessions and the library',
  );

  const status = !trimmed
    ? 'Type a word or phrase to search sessions, practices, examples, places, lessons and prevention resources.'
    : hits.length === 0
      ? `No results for “${trimmed}”.`
      : `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${trimmed}”.`;

  return (
    <div className="lib">
      <Breadcrumbs trail={[]} current="Search" />
      <h1>Search</h1>
      <SearchForm
        value={q}
        autoFocus={!trimmed}
        onChange={(next) => navigate(searchHref(next), { replace: true })}
      />
      <p className="lib-status" role="status" aria-live="polite">
        {status}
      </p>
      {trimmed && hits.length > 0 && (
        <ol className="lib-list lib-hits" aria-label="Search results">
          {hits.map((h) => (
            <Result key={`${h.kind}:${h.id}`} hit={h} />
          ))}
        </ol>
      )}
      {trimmed && hits.length === 0 && (
        <div className="lib-help">
          <p>Check the spelling, try fewer or shorter words, or try one of these:</p>
          <Suggestions />
          <p>
            You can also <Link href="~/library">browse the library</Link> by practice, jurisdiction
            or focus area.
          </p>
        </div>
      )}
      {!trimmed && (
        <div className="lib-help">
          <p>For example:</p>
          <Suggestions />
        </div>
      )}
    </div>
  );
}

function Suggestions() {
  return (
    <ul className="lib-chips" aria-label="Suggested searches">
      {SUGGESTIONS.map((s) => (
        <li key={s}>
          <Link href={searchHref(s)}>{s}</Link>
        </li>
      ))}
    </ul>
  );
}
