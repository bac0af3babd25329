/**
 * The agenda's entity tag, part of the wire contract: its version number,
 * quoted (`"7"`). Kept apart from protocol.ts (which needs zod) because the
 * first screen's agenda refresh uses it.
 */

export function agendaEtag(version: number): string {
  return `"${version}"`;
}

/** The version an agenda ETag names (weak `W/"7"` accepted), or undefined. */
export function agendaEtagVersion(tag: string): number | undefined {
  const m = /^(?:W\/)?"(\d{1,15})"$/.exec(tag.trim());
  return m ? Number(m[1]) : undefined;
}
