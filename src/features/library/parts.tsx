/**
 * Small pieces shared by the library screens: breadcrumb trail, "not found"
 * message, document title, scrolling to an item named in the URL fragment,
 * and the source line under content taken from a published document.
 */
import { useEffect, type ReactNode } from 'react';
import { Link } from 'wouter';
import { FOCUS_AREAS, type FocusAreaId } from '../../domain/focusAreas';
import type { SourceRef } from '../../domain/practice';
import { usePageTitle } from '../../app/usePageTitle';
import './library.css';

export interface Crumb {
  href: string;
  label: string;
}

/** Trail from the library home to the current page; the last crumb is the page itself. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav className="lib-crumbs" aria-label="Breadcrumb">
      <ol>
        <li>
          <Link href="~/library">Library</Link>
        </li>
        {trail.map((c) => (
          <li key={c.href}>
            <Link href={c.href}>{c.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

/** Shown for an id that is not in the library: says so, and offers a way back. */
export function NotFound({ what, id }: { what: string; id: string }) {
  useDocumentTitle(`${what} not found`);
  return (
    <section className="lib lib-notfound">
      <h1>{what} not found</h1>
      <p>
        The library has no {what.toLowerCase()} called “<code>{id}</code>”. The link may be mistyped
        or come from an older version of the app.
      </p>
      <p>
        <Link href="~/library">Back to the library</Link> or <Link href="/search">search it</Link>.
      </p>
    </section>
  );
}

/** The library's pages name themselves like every other screen. */
export function useDocumentTitle(title: string) {
  usePageTitle(title);
}

/**
 * After client-side navigation to "page#item" the browser does not scroll by
 * itself, so bring the named item into view and move focus there.
 */
export function useScrollToHash(key: string) {
  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (!hash) return;
    const el = document.getElementById(hash);
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }, [key]);
}

export function SourceLine({ children }: { children: ReactNode }) {
  return <p className="lib-source">{children}</p>;
}

/** "Source: “Title” (date, publisher). Summaries are ours." — or nothing without a source. */
export function SourceCitation({ source }: { source: SourceRef | undefined }) {
  if (!source) return null;
  return (
    <SourceLine>
      Source: “{source.title}” ({source.date}
      {source.publisher ? `, ${source.publisher}` : ''}). Summaries are ours.
    </SourceLine>
  );
}

/** Focus-area chips linking to the focus-area pages. */
export function FocusChips({
  ids,
  label = 'Focus areas',
}: {
  ids: readonly FocusAreaId[];
  label?: string;
}) {
  if (ids.length === 0) return null;
  return (
    <div className="lib-focus">
      <h2 className="lib-focus-label">{label}</h2>
      <ul className="lib-chips">
        {FOCUS_AREAS.filter((f) => ids.includes(f.id)).map((f) => (
          <li key={f.id}>
            <Link href={`/focus/${f.id}`}>{f.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
