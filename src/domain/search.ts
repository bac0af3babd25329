/**
 * Full-text search over the best-practice library: practices, their examples
 * by jurisdiction, the jurisdictions, the lessons (with their resources) and
 * the prevention collection. Pure TypeScript on top of MiniSearch so it runs
 * the same in the browser and in tests; the caller decides when to build the
 * index (the library screens build it once, lazily, on first search).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Session } from './agenda';
import { formatEventShort } from './clock';
import type { Library } from './practice';

export type SearchHitKind =
  'session' | 'practice' | 'example' | 'jurisdiction' | 'lesson' | 'prevention';

export interface SearchHit {
  kind: SearchHitKind;
  /** Id of the thing found (practice, example, jurisdiction, lesson or prevention item). */
  id: string;
  title: string;
  /** Where it sits, for orientation: "Practice 1 · Institute Mandatory Screening". */
  context: string;
  /** A short passage of the matching text, whole words, with "…" where cut. */
  snippet: string;
  /** Lower-case terms of the document that matched, for highlighting. */
  terms: string[];
  /** Absolute app path (under /library), with a fragment for items inside a page. */
  href: string;
  score: number;
}

export interface LibrarySearch {
  search(query: string, limit?: number): SearchHit[];
  /** Number of indexed documents; useful for tests and diagnostics. */
  readonly size: number;
}

interface Doc {
  key: string;
  kind: SearchHitKind;
  id: string;
  title: string;
  context: string;
  /** Names that should weigh more than body text (agency, programme, jurisdiction). */
  names: string;
  body: string;
  /** Text for the snippet when the body is empty (not indexed). */
  preview?: string;
  href: string;
}

/**
 * Words too common to carry meaning. Dropped at index and query time so that
 * "the task force" behaves like "task force" under AND matching.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were with'.split(
    ' ',
  ),
);

const SNIPPET_CHARS = 160;

function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  return STOP_WORDS.has(t) ? null : t;
}

const UNITS = 'zero one two three four five six seven eight nine'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/**
 * Spelled numbers as figures, as the library writes them: "seventy-two
 * hours" is "72 hours", and never "two" alone, which would match "Two-Spirit".
 */
export function numbersAsFigures(query: string): string {
  // Tens only ("seventy", "seventy-two"): a lone "two" stays a word, so
  // "Two-Spirit" is still found by its name.
  return query.replace(
    new RegExp(`\\b(${TENS.join('|')})(?:[- ](${UNITS.slice(1, 10).join('|')}))?\\b`, 'gi'),
    (_, tens: string, unit?: string) =>
      String(
        (TENS.indexOf(tens.toLowerCase()) + 2) * 10 +
          (unit ? UNITS.indexOf(unit.toLowerCase()) : 0),
      ),
  );
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** Edit distance allowed for a query term: none for short words, at most 2. */
function fuzziness(term: string): number | false {
  if (term.length < 5) return false;
  return term.length < 9 ? 1 : 2;
}

function libraryDocs(library: Library): Doc[] {
  const jurisdictionName = new Map(
    library.jurisdictions.map((j) => [
      j.id,
      j.level === 'county' ? `${j.name} (${j.state})` : j.name,
    ]),
  );
  const docs: Doc[] = [];
  for (const p of library.practices) {
    const practiceLabel = `Practice ${p.number} · ${p.title}`;
    docs.push({
      key: `practice:${p.id}`,
      kind: 'practice',
      id: p.id,
      title: p.title,
      context: `Practice ${p.number}`,
      names: '',
      body: p.summary,
      href: `/library/practice/${p.id}`,
    });
    for (const e of p.examples) {
      const place = jurisdictionName.get(e.jurisdictionId) ?? e.jurisdictionId;
      const bareName = place.replace(/ \([A-Z]{2}\)$/, '');
      // "Connecticut Department of ..." already names the place; don't repeat it.
      const title = e.programme
        ? `${place}: ${e.programme}`
        : e.agency.includes(bareName)
          ? e.agency
          : `${place}: ${e.agency}`;
      docs.push({
        key: `example:${e.id}`,
        kind: 'example',
        id: e.id,
        title,
        context: practiceLabel,
        names: [place, e.agency, e.programme ?? ''].join(' '),
        body: joinPassages([e.summary, ...e.facts]),
        href: `/library/practice/${p.id}#${e.id}`,
      });
    }
  }
  for (const j of library.jurisdictions) {
    const practices = library.practices.filter((p) =>
      p.examples.some((e) => e.jurisdictionId === j.id),
    );
    const count = practices.reduce(
      (n, p) => n + p.examples.filter((e) => e.jurisdictionId === j.id).length,
      0,
    );
    docs.push({
      key: `jurisdiction:${j.id}`,
      kind: 'jurisdiction',
      id: j.id,
      title: jurisdictionName.get(j.id) ?? j.name,
      context: `Jurisdiction · ${count} ${count === 1 ? 'example' : 'examples'}`,
      names: `${j.name} ${j.state}`,
      body: '',
      preview: `Examples under: ${practices.map((p) => p.title).join('; ')}.`,
      href: `/library/jurisdiction/${j.id}`,
    });
  }
  for (const l of library.lessons) {
    docs.push({
      key: `lesson:${l.id}`,
      kind: 'lesson',
      id: l.id,
      title: l.title,
      context: `Lesson ${l.number}`,
      names: l.resources.map((r) => `${r.title} ${r.publisher}`).join(' '),
      body: joinPassages([
        l.summary,
        ...l.points,
        ...l.resources.map((r) => `${r.kind} ${r.note ?? ''}`),
      ]),
      href: `/library/lesson/${l.id}`,
    });
  }
  const prev = library.prevention;
  const items = [
    ...prev.riskFactors.map((f) => ({ ...f, group: 'Risk factor', anchor: 'risk' })),
    ...prev.protectiveFactors.map((f) => ({ ...f, group: 'Protective factor', anchor: 'protect' })),
    ...prev.laws.map((l) => ({
      id: l.id,
      label: l.name,
      detail: l.note,
      group: 'Federal law',
      anchor: 'law',
    })),
  ];
  docs.push({
    key: 'prevention:collection',
    kind: 'prevention',
    id: 'collection',
    title: prev.title,
    context: 'Prevention collection',
    names: '',
    body: prev.summary,
    href: '/library/prevention',
  });
  for (const item of items) {
    docs.push({
      key: `prevention:${item.anchor}-${item.id}`,
      kind: 'prevention',
      id: item.id,
      title: item.label,
      context: `Prevention · ${item.group}`,
      names: '',
      body: item.detail,
      href: `/library/prevention#${item.anchor}-${item.id}`,
    });
  }
  return docs;
}

/**
 * Joins passages for a snippet: "; " between them unless a passage already
 * ends a sentence (so snippets never read "healing.; Next").
 */
export function joinPassages(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .reduce((out, p) => (out ? `${out}${/[.!?:;]$/.test(out) ? ' ' : '; '}${p}` : p), '');
}

/** A passage of `text` around the first matched term, cut at word boundaries. */
export function makeSnippet(text: string, terms: readonly string[], max = SNIPPET_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const lower = clean.toLowerCase();
  let at = -1;
  for (const term of terms) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(term)}`, 'u');
    const m = re.exec(lower);
    if (m) {
      const pos = m.index + m[1]!.length;
      if (at < 0 || pos < at) at = pos;
    }
  }
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(max / 3));
  let end = Math.min(clean.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) {
    const space = clean.indexOf(' ', start);
    if (space >= 0 && space < at) start = space + 1;
  }
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  return `${start > 0 ? '…' : ''}${clean.slice(start, end)}${end < clean.length ? '…' : ''}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Builds the index over `library` (a few milliseconds for the shipped content). */
function sessionDocs(sessions: readonly Session[]): Doc[] {
  return sessions.map((s) => ({
    key: `session:${s.id}`,
    kind: 'session',
    id: s.id,
    title: s.title,
    context: `Session · ${formatEventShort(s.start)} · ${s.room}${s.cancelled ? ' · cancelled' : ''}`,
    names: `${s.room} ${s.kind}`,
    body: joinPassages([s.description, ...s.speakers.map((p) => p.description)]),
    href: `/session/${encodeURIComponent(s.id)}`,
  }));
}

/**
 * One search over the library and, when given, the agenda's sessions (both
 * days). A jurisdiction whose name starts with the query comes first
 * ("Multnomah" opens with Multnomah County).
 */
export function createLibrarySearch(
  library: Library,
  sessions: readonly Session[] = [],
): LibrarySearch {
  const docs = [...libraryDocs(library), ...sessionDocs(sessions)];
  const places = new Map(library.jurisdictions.map((j) => [`jurisdiction:${j.id}`, fold(j.name)]));
  const byKey = new Map(docs.map((d) => [d.key, d]));
  const index = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['title', 'names', 'body'],
    processTerm,
    searchOptions: {
      boost: { title: 3, names: 2 },
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => fuzziness(term),
      maxFuzzy: 2,
    },
  });
  index.addAll(docs);

  const toHit = (r: SearchResult): SearchHit | null => {
    const d = byKey.get(String(r.id));
    if (!d) return null;
    const terms = r.terms.map((t) => t.toLowerCase());
    // Names already show in the title, so the snippet always comes from the text.
    const source = d.body || d.preview || '';
    return {
      kind: d.kind,
      id: d.id,
      title: d.title,
      context: d.context,
      snippet: makeSnippet(source, terms),
      terms,
      href: d.href,
      score: r.score,
    };
  };

  return {
    size: docs.length,
    search(query, limit = 50) {
      const q = numbersAsFigures(query.trim());
      if (!q) return [];
      // Every word must match; if that finds nothing, fall back to any word
      // of four letters or more (a lone "two" or "of" is no match worth showing).
      let results = index.search(q, { combineWith: 'AND' });
      if (results.length === 0) {
        const long = q.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
        results = long.length ? index.search(long.join(' '), { combineWith: 'OR' }) : [];
      }
      const exact = fold(q);
      const isPlace = (r: SearchResult) => {
        const name = places.get(String(r.id));
        return name !== undefined && (name === exact || name.startsWith(`${exact} `));
      };
      results = [...results.filter(isPlace), ...results.filter((r) => !isPlace(r))];
      const hits: SearchHit[] = [];
      for (const r of results) {
        const hit = toHit(r);
        if (hit) hits.push(hit);
        if (hits.length >= limit) break;
      }
      return hits;
    },
  };
}
