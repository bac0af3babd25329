// Checks the shipped practice library: schema, ids and links, and that the
// exact facts of the source documents are carried over.
import { describe, expect, it } from 'vitest';
import { LibrarySchema, type Example } from '../domain/practice';
import { LIBRARY } from './library';

const PRACTICE_IDS = [
  'mandatory-screening',
  'specialized-advocates',
  'juvenile-justice-courts',
  'train-caseworkers',
  'broad-coalition',
  'centralize-victim-services',
  'hospitals-advocacy-centers',
  'rape-crisis-centers',
  'data-collection',
  'state-guidance-investigations',
];
const JURISDICTION_IDS = [
  'connecticut',
  'multnomah-county',
  'alameda-county',
  'florida',
  'los-angeles-county',
  'suffolk-county',
  'georgia',
  'illinois',
];
const LESSON_IDS = [
  'cross-system-partnerships',
  'engage-survivors',
  'use-data',
  'trauma-informed',
  'learn-from-others',
];

const allExamples = (): Example[] => LIBRARY.practices.flatMap((p) => p.examples);

function example(id: string): Example {
  const found = allExamples().find((e) => e.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
}

/** True when some fact of the example contains the text (exact, case-sensitive). */
function hasFact(exampleId: string, text: string): boolean {
  return example(exampleId).facts.some((f) => f.includes(text));
}

function lesson(id: string) {
  const found = LIBRARY.lessons.find((l) => l.id === id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found;
}

describe('shipped library', () => {
  it('parses with its zod schema', () => {
    expect(() => LibrarySchema.parse(LIBRARY)).not.toThrow();
  });

  it('has the ten practices with the agreed ids, numbered 1 to 10 in order', () => {
    expect(LIBRARY.practices.map((p) => p.id)).toEqual(PRACTICE_IDS);
    expect(LIBRARY.practices.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const p of LIBRARY.practices) expect(p.focusAreas.length).toBeGreaterThan(0);
  });

  it('has the agreed jurisdiction and lesson ids', () => {
    expect(LIBRARY.jurisdictions.map((j) => j.id)).toEqual(JURISDICTION_IDS);
    expect(LIBRARY.lessons.map((l) => l.id)).toEqual(LESSON_IDS);
    expect(LIBRARY.lessons.map((l) => l.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('uses unique ids everywhere', () => {
    const ids = [
      ...LIBRARY.practices.map((p) => p.id),
      ...allExamples().map((e) => e.id),
      ...LIBRARY.jurisdictions.map((j) => j.id),
      ...LIBRARY.lessons.map((l) => l.id),
      ...LIBRARY.prevention.riskFactors.map((f) => f.id),
      ...LIBRARY.prevention.protectiveFactors.map((f) => f.id),
      ...LIBRARY.prevention.laws.map((l) => l.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names examples <practice-id>--<jurisdiction-id>', () => {
    for (const p of LIBRARY.practices) {
      for (const e of p.examples) expect(e.id).toBe(`${p.id}--${e.jurisdictionId}`);
    }
  });

  it('links every example to a listed jurisdiction and every jurisdiction to an example', () => {
    const listed = new Set(LIBRARY.jurisdictions.map((j) => j.id));
    const used = new Set(allExamples().map((e) => e.jurisdictionId));
    for (const id of used) expect(listed.has(id)).toBe(true);
    for (const id of listed) expect(used.has(id)).toBe(true);
  });

  it('says Georgia, never the brief’s misspelling "George"', () => {
    const text = JSON.stringify(LIBRARY);
    expect(text).not.toMatch(/\bGeorge\b/);
    expect(example('broad-coalition--georgia').agency).toContain('Georgia');
  });

  it('carries the exact facts of the 2013 brief', () => {
    expect(hasFact('mandatory-screening--connecticut', '72 hours')).toBe(true);
    expect(hasFact('mandatory-screening--multnomah-county', '4-5 person')).toBe(true);
    expect(
      hasFact('broad-coalition--suffolk-county', 'More than 35 public and private agencies'),
    ).toBe(true);
    expect(
      hasFact('broad-coalition--suffolk-county', 'SEEN = Support to End Exploitation Now'),
    ).toBe(true);
    expect(example('broad-coalition--suffolk-county').programme).toBe('SEEN');
    expect(hasFact('broad-coalition--georgia', '2008')).toBe(true);
    expect(hasFact('broad-coalition--georgia', 'Seven work groups')).toBe(true);
    expect(hasFact('broad-coalition--georgia', 'seven goals')).toBe(true);
    expect(hasFact('rape-crisis-centers--multnomah-county', '24 hours a day')).toBe(true);
    expect(
      hasFact('rape-crisis-centers--multnomah-county', 'Sexual Assault Resource Center (SARC)'),
    ).toBe(true);
    expect(
      hasFact(
        'juvenile-justice-courts--los-angeles-county',
        'Succeeding Through Achievement and Resilience',
      ),
    ).toBe(true);
    expect(hasFact('juvenile-justice-courts--florida', 'Florida Abuse Hotline')).toBe(true);
    expect(hasFact('data-collection--connecticut', 'DCF Careline')).toBe(true);
    expect(hasFact('data-collection--connecticut', 'AWOL status')).toBe(true);
    expect(
      hasFact('hospitals-advocacy-centers--connecticut', 'Connecticut Children’s Medical Hospital'),
    ).toBe(true);
    expect(
      hasFact('hospitals-advocacy-centers--suffolk-county', 'Child Advocacy Center (CAC)'),
    ).toBe(true);
    expect(
      hasFact('state-guidance-investigations--illinois', 'Illinois provides similar guidance'),
    ).toBe(true);
    const georgiaGuidance = example('state-guidance-investigations--georgia');
    expect(georgiaGuidance.agency).toBe(
      'Georgia Child Fatality Review Panel at the Office of the Child Advocate',
    );
    expect(georgiaGuidance.programme).toBe('State Model Child Abuse Protocols');
  });

  it('lists the partners and the resources named under each lesson', () => {
    const partners = lesson('cross-system-partnerships').points.join(' | ');
    for (const p of [
      'Child welfare agencies',
      'System partners',
      'Local service providers',
      'Caregivers',
    ])
      expect(partners).toContain(p);
    expect(partners).toContain('lived experience');

    const titles = (id: string) => lesson(id).resources.map((r) => r.title);
    expect(titles('cross-system-partnerships')).toEqual([
      'Collaborating With Youth Serving Agencies to Respond to and Prevent Sex Trafficking of Youth',
      'Interagency Collaboration to Address Human Trafficking',
    ]);
    expect(titles('engage-survivors')).toContain(
      'Child Welfare Response to Child and Youth Sex Trafficking, Part 3',
    );
    expect(titles('engage-survivors')).toContain(
      'Strategies for Authentic Integration of Family and Youth Voice in Child Welfare',
    );
    expect(titles('use-data')).toContain(
      'At Risk for Sex Trafficking: Youth Who Run Away From Foster Care',
    );
    expect(titles('trauma-informed')).toEqual(
      expect.arrayContaining([
        'Child Welfare Response to Child and Youth Sex Trafficking - Part 1',
        'Child Welfare Response to Child and Youth Sex Trafficking - Part 2',
        'Identify Minors and Young People Exploited Through Sex Trafficking: A Resource for Child Welfare Agencies',
      ]),
    );
    expect(titles('learn-from-others')).toContain(
      'Human Trafficking in Child Welfare: A Guide for Child Welfare Agencies',
    );
    const useData = lesson('use-data').points.join(' ');
    expect(useData).toContain('AFCARS');
    expect(useData).toContain('NCANDS');
  });

  it('has the prevention collection with exactly the three federal laws and the named factors', () => {
    expect(LIBRARY.prevention.laws.map((l) => l.name)).toEqual([
      'Preventing Sex Trafficking and Strengthening Families Act',
      'Justice for Victims of Trafficking Act',
      'Trafficking Victims Prevention and Protection Reauthorization Act',
    ]);
    expect(LIBRARY.prevention.protectiveFactors.map((f) => f.id)).toEqual([
      'social-connection',
      'economic-concrete-supports',
      'trauma-informed-healing-centered',
    ]);
    const risks = LIBRARY.prevention.riskFactors.map((f) => `${f.label} ${f.detail}`).join(' ');
    for (const r of ['congregate care', 'LGBTQIA2S+', 'Two-Spirit', 'Homelessness', 'Running away'])
      expect(risks).toContain(r);
    expect(risks).toContain('American Indian, Alaska Native, Native Hawaiian or Pacific Islander');
  });
});
