/**
 * Entity tags for the agenda: the version number, quoted (`"7"`). Parsing of
 * If-None-Match / If-Match lists, tolerant of weak (W/) tags since a proxy
 * may weaken them and the version number alone identifies the document.
 */

import { agendaEtag, agendaEtagVersion } from '../../../src/wire/agendaEtag';

/** The agenda ETag (its format is part of the wire contract). */
export const versionEtag = agendaEtag;

/** Entity tags in a conditional header, W/ prefix dropped; '*' kept as is. */
export function parseEtagList(header: string): string[] {
  const tags: string[] = [];
  const re = /\s*(\*|(?:W\/)?"[^"]*"|[^,\s]+)\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < header.length && (m = re.exec(header))) {
    const raw = m[1]!;
    tags.push(raw.startsWith('W/') ? raw.slice(2) : raw);
  }
  return tags;
}

/** True when If-None-Match names this version (or is '*'). */
export function noneMatchHits(header: string | undefined, version: number): boolean {
  if (!header) return false;
  const etag = versionEtag(version);
  return parseEtagList(header).some((t) => t === '*' || t === etag);
}

export type IfMatch =
  | { kind: 'missing' }
  | { kind: 'any' }
  | { kind: 'invalid' }
  | { kind: 'versions'; versions: number[] };

/** The versions an If-Match names (`"3"`, `W/"3"`, or a list of them). */
export function parseIfMatch(header: string | undefined): IfMatch {
  if (header === undefined || header.trim() === '') return { kind: 'missing' };
  const tags = parseEtagList(header);
  if (tags.includes('*')) return { kind: 'any' };
  const versions: number[] = [];
  for (const t of tags) {
    const version = agendaEtagVersion(t);
    if (version === undefined) return { kind: 'invalid' };
    versions.push(version);
  }
  return versions.length ? { kind: 'versions', versions } : { kind: 'invalid' };
}
