import { describe, expect, it } from 'vitest';
import * as wire from '../wire/protocol';
import { planEventOf, planEventTeam } from './events';

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

describe('plan event with a pushed update (live edits)', () => {
  it('decodes the update bytes', () => {
    expect(planEventOf(wire, { teamId: 't-1', update: 'AQID' })).toEqual({
      teamId: 't-1',
      update: new Uint8Array([1, 2, 3]),
    });
    expect(planEventOf(wire, { teamId: 't-1' })).toEqual({ teamId: 't-1' });
  });
  it('refuses an update that is not base64', () => {
    expect(planEventOf(wire, { teamId: 't-1', update: 'not base64!' })).toBeUndefined();
  });
});
