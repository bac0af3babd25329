// "Own words" check: no prose in the shipped library or agenda repeats a run
// of 12 or more words from the source documents. Exact short facts (the
// `facts` lists, resource titles, names) are allowed to match; sentences are not.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHIPPED_AGENDA } from './agenda';
import { LIBRARY } from './library';

const RUN = 12;
const SOURCES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'sources');

/** Lower-case words with punctuation (including curly quotes) removed. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'\s]+/g, ' ')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

function grams(list: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(' '));
  return out;
}

function sourceGrams(): Set<string> {
  const files = readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt'));
  const all = new Set<string>();
  for (const f of files) {
    for (const g of grams(words(readFileSync(join(SOURCES_DIR, f), 'utf8')), RUN)) all.add(g);
  }
  return all;
}

/** Every piece of prose the app shows as its own text, labelled for the error message. */
function prose(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of LIBRARY.practices) {
    out.push([`practice ${p.id} summary`, p.summary]);
    for (const e of p.examples) out.push([`example ${e.id} summary`, e.summary]);
  }
  for (const l of LIBRARY.lessons) {
    out.push([`lesson ${l.id} summary`, l.summary]);
    l.points.forEach((pt, i) => out.push([`lesson ${l.id} point ${i}`, pt]));
  }
  const prev = LIBRARY.prevention;
  out.push(['prevention summary', prev.summary]);
  for (const f of [...prev.riskFactors, ...prev.protectiveFactors])
    out.push([`factor ${f.id}`, f.detail]);
  for (const law of prev.laws) out.push([`law ${law.id}`, law.note]);
  for (const s of SHIPPED_AGENDA.sessions) {
    out.push([`session ${s.id} title`, s.title]);
    out.push([`session ${s.id} description`, s.description]);
  }
  return out;
}

describe('own words', () => {
  it('normalises case, whitespace and punctuation before comparing', () => {
    expect(words('  The “Trafficking”\nClinical—Team, of   children’s ')).toEqual([
      'the',
      'trafficking',
      'clinical',
      'team',
      'of',
      'childrens',
    ]);
  });

  it('reads the source documents', () => {
    expect(sourceGrams().size).toBeGreaterThan(1000);
  });

  it('catches a pasted sentence (the check is not vacuous)', () => {
    const pasted =
      'Each region has an appointed Human Trafficking Liaison to oversee human trafficking cases, collect and report data.';
    const src = sourceGrams();
    expect(grams(words(pasted), RUN).some((g) => src.has(g))).toBe(true);
  });

  it('no summary, description, point or note repeats 12 words in a row from a source', () => {
    const src = sourceGrams();
    const copied = prose().flatMap(([where, text]) =>
      grams(words(text), RUN)
        .filter((g) => src.has(g))
        .map((g) => `${where}: "${g}"`),
    );
    expect(copied).toEqual([]);
  });
});
