import { describe, expect, it } from 'vitest';
import * as wire from '../wire/protocol';
import { planEventTeam } from './events';

describe('plan event parsing (with the wire schema, loaded with the ticket)', () => {
  it('returns the team id of a well-formed plan event', () => {
    expect(planEventTeam(wire, { teamId: 't-123' })).toBe('t-123');
  });
  it('ignores anything else', () => {
    expect(planEventTeam(wire, null)).toBeUndefined();
    expect(planEventTeam(wire, 't-123')).toBeUndefined();
    expect(planEventTeam(wire, { teamId: 42 })).toBeUndefined();
    expect(planEventTeam(wire, {})).toBeUndefined();
  });
});
