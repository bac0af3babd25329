/**
 * Look-ups over the shipped practice library for the library screens (and for
 * other features that need a practice's title, e.g. session detail or the
 * plan's linked practices). Maps are built once, on first use.
 */
import { LIBRARY } from '../../content/library';
import type { Agenda, Session } from '../../domain/agenda';
import type { FocusAreaId } from '../../domain/focusAreas';
import type { Example, Jurisdiction, Lesson, Practice } from '../../domain/practice';

export interface JurisdictionExample {
  practice: Practice;
  example: Example;
}

interface Indexes {
  practices: Map<string, Practice>;
  jurisdictions: Map<string, Jurisdiction>;
  lessons: Map<string, Lesson>;
  byJurisdiction: Map<string, JurisdictionExample[]>;
}

let indexes: Indexes | undefined;

function build(): Indexes {
  const byJurisdiction = new Map<string, JurisdictionExample[]>();
  for (const practice of LIBRARY.practices) {
    for (const example of practice.examples) {
      const list = byJurisdiction.get(example.jurisdictionId) ?? [];
      list.push({ practice, example });
      byJurisdiction.set(example.jurisdictionId, list);
    }
  }
  return {
    practices: new Map(LIBRARY.practices.map((p) => [p.id, p])),
    jurisdictions: new Map(LIBRARY.jurisdictions.map((j) => [j.id, j])),
    lessons: new Map(LIBRARY.lessons.map((l) => [l.id, l])),
    byJurisdiction,
  };
}

function idx(): Indexes {
  return (indexes ??= build());
}

export const practiceById = (id: string) => idx().practices.get(id);
export const jurisdictionById = (id: string) => idx().jurisdictions.get(id);
export const lessonById = (id: string) => idx().lessons.get(id);

/** How a jurisdiction is shown: counties with their State, "Multnomah County (OR)". */
export function jurisdictionLabel(j: Jurisdiction): string {
  return j.level === 'county' ? `${j.name} (${j.state})` : j.name;
}

/** Display name of a jurisdiction id, falling back to the id itself. */
export function jurisdictionName(id: string): string {
  const j = jurisdictionById(id);
  return j ? jurisdictionLabel(j) : id;
}

/** Every example from one jurisdiction, in practice order. */
export function examplesOf(jurisdictionId: string): JurisdictionExample[] {
  return idx().byJurisdiction.get(jurisdictionId) ?? [];
}

/** A practice's examples grouped by jurisdiction, in the order they first appear. */
export function examplesByJurisdiction(
  practice: Practice,
): { jurisdictionId: string; examples: Example[] }[] {
  const groups = new Map<string, Example[]>();
  for (const e of practice.examples) {
    groups.set(e.jurisdictionId, [...(groups.get(e.jurisdictionId) ?? []), e]);
  }
  return [...groups].map(([jurisdictionId, examples]) => ({ jurisdictionId, examples }));
}

export function practicesInFocus(focus: FocusAreaId): Practice[] {
  return LIBRARY.practices.filter((p) => p.focusAreas.includes(focus));
}

export function lessonsInFocus(focus: FocusAreaId): Lesson[] {
  return LIBRARY.lessons.filter((l) => l.focusAreas.includes(focus));
}

/** Sessions of `agenda` that feature the practice, in time order, cancelled ones included. */
export function sessionsFeaturing(agenda: Agenda, practiceId: string): Session[] {
  return agenda.sessions
    .filter((s) => s.practiceIds.includes(practiceId))
    .sort((a, b) => a.start.localeCompare(b.start));
}

/**
 * The library's places a session names in its title or description ("drawing
 * on the Connecticut, Multnomah County … examples"), in library order, so the
 * session page links to them as the places' pages link back to sessions.
 */
export function placesMentioned(session: Pick<Session, 'title' | 'description'>): Jurisdiction[] {
  const text = `${session.title}\n${session.description}`;
  return LIBRARY.jurisdictions.filter((j) =>
    new RegExp(`\\b${j.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text),
  );
}
