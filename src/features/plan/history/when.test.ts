import { describe, expect, it } from 'vitest';
import { formatWhen } from './when';

// The default event's zone is America/New_York (EDT in June: UTC-4).
const at = Date.parse('2015-06-10T14:42:00Z');

describe('formatWhen', () => {
  it('gives the event-local 12-hour time on the same day', () => {
    expect(formatWhen(at, Date.parse('2015-06-10T20:00:00Z'))).toBe('10:42 AM');
  });
  it('adds the weekday within the week and the date beyond it', () => {
    expect(formatWhen(at, Date.parse('2015-06-11T15:00:00Z'))).toBe('Wed 10:42 AM');
    expect(formatWhen(at, Date.parse('2015-07-01T15:00:00Z'))).toBe('Jun 10, 10:42 AM');
  });
});
