// Checks the shipped illustrative agenda: schema, ids, links into the
// library, the structure the purpose statement calls for, and roles only.
import { describe, expect, it } from 'vitest';
import { AgendaSchema, EVENT_DAYS, sessionDay } from '../domain/agenda';
import { FOCUS_AREAS } from '../domain/focusAreas';
import { SHIPPED_AGENDA } from './agenda';
import { LIBRARY } from './library';

const sessions = SHIPPED_AGENDA.sessions;

describe('shipped agenda', () => {
  it('parses with its zod schema and is marked illustrative', () => {
    expect(() => AgendaSchema.parse(SHIPPED_AGENDA)).not.toThrow();
    expect(SHIPPED_AGENDA.illustrative).toBe(true);
    expect(SHIPPED_AGENDA.version).toBe(1);
    expect(SHIPPED_AGENDA.timeZone).toBe('America/New_York');
  });

  it('has a readable, unique id for every session and a workable size', () => {
    const ids = sessions.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^d[12]-[a-z-]+$/);
    expect(sessions.length).toBeGreaterThanOrEqual(20);
    expect(sessions.length).toBeLessThanOrEqual(28);
  });

  it('links only to practices that exist in the library', () => {
    const known = new Set(LIBRARY.practices.map((p) => p.id));
    const linked = sessions.flatMap((s) => s.practiceIds);
    expect(linked.length).toBeGreaterThan(0);
    for (const id of linked) expect(known.has(id)).toBe(true);
  });

  it('keeps each session within one event day, between 08:00 and 17:00', () => {
    for (const s of sessions) {
      expect(EVENT_DAYS).toContain(sessionDay(s));
      expect(s.end.slice(0, 10)).toBe(sessionDay(s));
      expect(s.start.slice(11) >= '08:00').toBe(true);
      expect(s.end.slice(11) <= '17:00').toBe(true);
    }
    for (const day of EVENT_DAYS) expect(sessions.some((s) => sessionDay(s) === day)).toBe(true);
  });

  it('has State team planning time on both days', () => {
    for (const day of EVENT_DAYS) {
      expect(sessions.some((s) => s.kind === 'team-time' && sessionDay(s) === day)).toBe(true);
    }
  });

  it('covers all five focus areas with breakouts, some of them at the same time', () => {
    const covered = new Set(
      sessions.filter((s) => s.kind === 'breakout').flatMap((s) => s.focusAreas),
    );
    for (const f of FOCUS_AREAS) expect(covered.has(f.id)).toBe(true);
    const breakouts = sessions.filter((s) => s.kind === 'breakout');
    const concurrent = breakouts.filter((a) =>
      breakouts.some((b) => b !== a && a.start < b.end && b.start < a.end && a.room !== b.room),
    );
    expect(concurrent.length).toBeGreaterThanOrEqual(2);
  });

  it('never puts two sessions in the same room at the same time', () => {
    for (const a of sessions) {
      for (const b of sessions) {
        if (a === b || a.room !== b.room) continue;
        expect(a.start < b.end && b.start < a.end, `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it('covers the purpose statement: hosts, the Act, survivors, courts and data, TA, report-outs', () => {
    const text = (id: string) => {
      const s = sessions.find((x) => x.id === id);
      if (!s) throw new Error(`no session ${id}`);
      return `${s.title} ${s.description} ${s.speakers.map((p) => p.description).join(' ')}`;
    };
    expect(text('d1-welcome')).toContain('White House');
    expect(text('d1-welcome')).toContain('Children’s Bureau');
    expect(text('d1-the-act')).toContain('P.L. 113-183');
    expect(text('d1-survivor-perspectives')).toContain('Survivor leader');
    const courts = text('d2-courts-law-enforcement-data');
    for (const word of ['CIP', 'AFCARS', 'NCANDS', 'Law enforcement'])
      expect(courts).toContain(word);
    expect(text('d2-ta-needs').toLowerCase()).toContain('technical-assistance');
    expect(text('d2-report-outs')).toContain('report-outs');
    expect(sessions.filter((s) => s.kind === 'meal').length).toBeGreaterThanOrEqual(4);
  });

  it('describes speakers by role only', () => {
    const speakers = sessions.flatMap((s) => s.speakers);
    expect(speakers.length).toBeGreaterThan(0);
    for (const p of speakers) {
      expect(p.role.length).toBeGreaterThan(0);
      expect(p.description.length).toBeGreaterThan(0);
      // A personal title would mean a named person crept in.
      expect(p.description).not.toMatch(/\b(Mr|Mrs|Ms|Dr|Judge|Commissioner)\.?\s+[A-Z]/);
    }
    expect(speakers.map((p) => p.description)).toEqual(
      expect.arrayContaining([
        'Survivor leader',
        'State child welfare director',
        'Court Improvement Program (CIP) judge',
        'Law enforcement representative',
      ]),
    );
  });
});
