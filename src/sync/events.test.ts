import { describe, expect, it } from 'vitest';
import { planEventTeam } from './events';

describe('plan event parsing (hand-checked, no zod on the first route)', () => {
  it('returns the team id of a well-formed plan event', () => {
    expect(planEventTeam({ teamId: 't-123' })).toBe('t-123');
  });
  it('ignores anything else', () => {
    expect(planEventTeam(null)).toBeUndefined();
    expect(planEventTeam('t-123')).toBeUndefined();
    expect(planEventTeam({ teamId: 42 })).toBeUndefined();
    expect(planEventTeam({})).toBeUndefined();
  });
});
