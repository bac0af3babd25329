/**
 * The bundled rule for the shipped agenda's zone against Intl (the runtime's
 * tz database): the same offset at every sampled instant of every covered
 * year, the same instant of each change, the same short names.
 */
import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { EVENT_TIME_ZONE } from './agendaConstants';
import { ruleAbbreviation, ruleOffset, RULE_YEARS, zoneOffsetMinutes } from './zoneOffset';

const NY = EVENT_TIME_ZONE;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function intlOffset(instant: number): number {
  return tzOffset(NY, new Date(instant));
}

function intlName(zone: string, instant: number): string | undefined {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')?.value;
}

describe('the bundled offsets of the event zone', () => {
  it('is the New York zone the shipped agenda uses', () => {
    expect(NY).toBe('America/New_York');
  });

  it('agrees with Intl every minute of the 2015 convening (June 9-12, event time)', () => {
    for (let t = Date.UTC(2015, 5, 9, 4); t < Date.UTC(2015, 5, 13, 4); t += MINUTE) {
      expect(ruleOffset(NY, t)).toBe(intlOffset(t));
    }
  });

  it('agrees with Intl every three hours of every covered year', () => {
    const [first, last] = RULE_YEARS;
    let checked = 0;
    for (let t = Date.UTC(first, 0, 1); t < Date.UTC(last + 1, 0, 1); t += 3 * HOUR) {
      const rule = ruleOffset(NY, t);
      if (rule !== intlOffset(t))
        expect({ at: new Date(t).toISOString(), rule }).toBe(intlOffset(t));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(60_000);
  });

  it('changes at the very millisecond Intl does, twice a year', () => {
    for (let year = RULE_YEARS[0]; year <= RULE_YEARS[1]; year++) {
      // Find each change from Intl: hourly, then to the minute (changes fall on one).
      const changes: number[] = [];
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += HOUR) {
        if (intlOffset(t) === intlOffset(t + HOUR)) continue;
        let m = t;
        while (intlOffset(m) === intlOffset(t)) m += MINUTE;
        changes.push(m);
      }
      expect(changes, String(year)).toHaveLength(2);
      for (const c of changes) {
        for (const t of [c - MINUTE, c - 1, c, c + 1, c + MINUTE]) {
          expect(ruleOffset(NY, t), new Date(t).toISOString()).toBe(intlOffset(t));
        }
      }
    }
  });

  it('says EDT and EST as Intl does', () => {
    for (let year = RULE_YEARS[0]; year <= RULE_YEARS[1]; year++) {
      for (const t of [Date.UTC(year, 0, 15, 12), Date.UTC(year, 6, 15, 12)]) {
        expect(ruleAbbreviation(NY, t)).toBe(intlName(NY, t));
      }
    }
  });

  it('leaves other zones and other years to Intl, with the same answers', () => {
    const berlin = Date.UTC(2015, 5, 10, 12);
    expect(ruleOffset('Europe/Berlin', berlin)).toBeUndefined();
    expect(ruleAbbreviation('Europe/Berlin', berlin)).toBeUndefined();
    expect(zoneOffsetMinutes('Europe/Berlin', berlin)).toBe(120);
    const before = Date.UTC(RULE_YEARS[0] - 1, 3, 1, 12); // before 2007's rule: still EST
    const after = Date.UTC(RULE_YEARS[1] + 1, 6, 1, 12);
    expect(ruleOffset(NY, before)).toBeUndefined();
    expect(ruleOffset(NY, after)).toBeUndefined();
    expect(zoneOffsetMinutes(NY, before)).toBe(-300);
    expect(zoneOffsetMinutes(NY, after)).toBe(intlOffset(after));
    expect(ruleOffset(NY, NaN)).toBeUndefined();
  });
});
