import { describe, expect, it } from 'vitest';
import { checkRemoval } from './removeRule';

describe('checkRemoval', () => {
  it('allows removing a fully synced plan', () => {
    expect(checkRemoval(0, undefined)).toEqual({ allowed: true });
  });
  it('refuses while changes are unsynced, naming how many', () => {
    const r = checkRemoval(3, undefined);
    expect(r.allowed).toBe(false);
    if (!r.allowed) expect(r.message).toContain('3 changes');
  });
  it('allows after confirming the loss of that many, not fewer', () => {
    expect(checkRemoval(3, 3).allowed).toBe(true);
    expect(checkRemoval(4, 3).allowed).toBe(false);
  });
});
