// Library search: what people type at the convening finds the right practice,
// example, lesson or prevention item, with a usable snippet and link.
import { describe, expect, it } from 'vitest';
import { LIBRARY } from '../content/library';
import type { Library } from './practice';
import { SHIPPED_AGENDA } from '../content/agenda';
import { createLibrarySearch, joinPassages, makeSnippet, numbersAsFigures } from './search';

const search = createLibrarySearch(LIBRARY);

describe('one search over the library and the agenda', () => {
  const both = createLibrarySearch(LIBRARY, SHIPPED_AGENDA.sessions);

  it('puts the jurisdiction first for its exact name ("Multnomah")', () => {
    expect(both.search('Multnomah')[0]).toMatchObject({
      kind: 'jurisdiction',
      id: 'multnomah-county',
      href: '/library/jurisdiction/multnomah-county',
    });
    expect(both.search('multnomah county')[0]?.id).toBe('multnomah-county');
  });

  it('finds sessions of both days, typos forgiven: "plenry" finds the plenaries', () => {
    const hits = both.search('plenry');
    const plenaries = SHIPPED_AGENDA.sessions.filter((s) => s.kind === 'plenary');
    expect(hits.filter((h) => h.kind === 'session').map((h) => h.id)).toEqual(
      expect.arrayContaining(plenaries.map((s) => s.id)),
    );
    expect(new Set(hits.map((h) => h.context.split(' · ')[1]!.slice(0, 3)))).toEqual(
      new Set(['Wed', 'Thu']),
    );
    expect(hits[0]!.href).toMatch(/^\/session\//);
  });

  it('finds the Identification breakout, which mentions Multnomah, by that name', () => {
    expect(both.search('Multnomah').map((h) => h.id)).toContain('d1-breakout-identification');
  });

  it('never matches nonsense: "seventy-two" is 72, not "Two-Spirit"', () => {
    const hits = both.search('seventy-two');
    expect(hits.map((h) => h.id)).not.toContain('lgbtqia2s-youth');
    expect(hits.map((h) => h.id)).toContain('mandatory-screening--connecticut');
    expect(both.search('Two-Spirit').map((h) => h.id)).toContain('lgbtqia2s-youth');
    expect(numbersAsFigures('seventy-two hours, twenty four, forty')).toBe('72 hours, 24, 40');
  });
});

describe('library search', () => {
  it('finds the Connecticut example with the 72-hour assessment by "clinical team"', () => {
    const hits = search.search('clinical team');
    const top = hits[0]!;
    expect(top.kind).toBe('example');
    expect(top.id).toBe('mandatory-screening--connecticut');
    expect(top.href).toBe('/library/practice/mandatory-screening#mandatory-screening--connecticut');
    const example = LIBRARY.practices[0]!.examples.find((e) => e.id === top.id)!;
    expect(example.facts.join(' ')).toContain('72 hours');
    expect(top.snippet.toLowerCase()).toContain('clinical team');
  });

  it('finds the example by the exact figure "72 hours"', () => {
    const ids = search.search('72 hours').map((h) => h.id);
    expect(ids).toContain('mandatory-screening--connecticut');
  });

  it('"SEEN" finds the Suffolk County coalition', () => {
    const top = search.search('SEEN')[0]!;
    expect(top.id).toBe('broad-coalition--suffolk-county');
    expect(top.title).toContain('Suffolk County');
  });

  it('"Georgia" finds the jurisdiction and the 2008 task force', () => {
    const hits = search.search('Georgia');
    expect(hits.map((h) => `${h.kind}:${h.id}`)).toEqual(
      expect.arrayContaining(['jurisdiction:georgia', 'example:broad-coalition--georgia']),
    );
    const taskForce = hits.find((h) => h.id === 'broad-coalition--georgia')!;
    expect(taskForce.title).toMatch(/Task Force/);
  });

  it('matches a prefix: "traum" finds the trauma-informed lesson', () => {
    const lesson = search.search('traum').find((h) => h.kind === 'lesson');
    expect(lesson?.id).toBe('trauma-informed');
    expect(lesson?.href).toBe('/library/lesson/trauma-informed');
  });

  it('tolerates a typo in a longer word', () => {
    expect(search.search('screning')[0]?.id).toBe('mandatory-screening');
    expect(search.search('Multnomah Cuonty').map((h) => h.id)).toContain('multnomah-county');
  });

  it('finds nothing for a word that is not in the library', () => {
    expect(search.search('xyzzy')).toEqual([]);
  });

  it('does not fuzz short words, where one letter changes the meaning', () => {
    expect(search.search('SEEM').map((h) => h.id)).not.toContain('broad-coalition--suffolk-county');
  });

  it('returns nothing for an empty or blank query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });

  it('ranks a title match above a mention in passing', () => {
    const hits = search.search('data collection');
    expect(hits[0]).toMatchObject({ kind: 'practice', id: 'data-collection' });
  });

  it('prefers every word, and falls back to any word when no document has them all', () => {
    const all = search.search('task force');
    expect(all.every((h) => /task/i.test(h.snippet + h.title))).toBe(true);
    const any = search.search('SEEN zebra');
    expect(any.map((h) => h.id)).toContain('broad-coalition--suffolk-county');
  });

  it('finds prevention items and the three laws, linking into the prevention page', () => {
    const law = search.search('Justice for Victims').find((h) => h.kind === 'prevention');
    expect(law?.href).toMatch(/^\/library\/prevention#law-/);
    const risk = search.search('homeless').filter((h) => h.kind === 'prevention');
    expect(risk.length).toBeGreaterThan(0);
  });

  it('indexes resources named under a lesson', () => {
    const hits = search.search('Interagency Collaboration');
    expect(hits[0]).toMatchObject({ kind: 'lesson', id: 'cross-system-partnerships' });
  });

  it('indexes every practice, example, jurisdiction and lesson', () => {
    const examples = LIBRARY.practices.reduce((n, p) => n + p.examples.length, 0);
    const prevention =
      1 +
      LIBRARY.prevention.riskFactors.length +
      LIBRARY.prevention.protectiveFactors.length +
      LIBRARY.prevention.laws.length;
    expect(search.size).toBe(
      LIBRARY.practices.length + examples + LIBRARY.jurisdictions.length + 5 + prevention,
    );
  });

  it('works on any library, not only the shipped one', () => {
    const tiny: Library = {
      ...LIBRARY,
      practices: LIBRARY.practices.map((p, i) =>
        i === 0 ? { ...p, title: 'Quokka screening protocol' } : p,
      ),
    };
    expect(createLibrarySearch(tiny).search('quokka')[0]?.id).toBe('mandatory-screening');
    expect(search.search('quokka')).toEqual([]);
  });
});

describe('makeSnippet', () => {
  const text =
    'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.';

  it('returns short text whole', () => {
    expect(makeSnippet('Short text.', ['text'])).toBe('Short text.');
  });

  it('centres a long text on the first matched word and marks the cuts', () => {
    const s = makeSnippet(text, ['fourteen'], 40);
    expect(s).toContain('fourteen');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(42);
    // Cut at word boundaries: no partial words next to the ellipses.
    const words = s.replace(/…/g, '').trim().split(' ');
    for (const w of words) expect(text).toMatch(new RegExp(`\\b${w.replace('.', '\\.')}`));
  });

  it('starts at the beginning when nothing matches', () => {
    expect(makeSnippet(text, ['absent'], 30).startsWith('One two')).toBe(true);
  });
});

describe('joinPassages', () => {
  it('separates passages with "; " but never after a sentence that already ended', () => {
    expect(joinPassages(['Toward healing.', 'Screen early', ' ', 'Train staff'])).toBe(
      'Toward healing. Screen early; Train staff',
    );
  });

  it('no search snippet reads ".;"', () => {
    const hits = ['screening', 'trauma', 'data', 'coalition', 'training'].flatMap((q) =>
      search.search(q),
    );
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((h) => h.snippet.includes('.;'))).toEqual([]);
  });
});
