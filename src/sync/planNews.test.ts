import { describe, expect, it } from 'vitest';
import { planEventOf } from './planNews';

// Also the `revoked` event's payload ({teamId}), checked by the same function.
describe('plan event, with or without a pushed update (live edits)', () => {
  it('decodes the update bytes', () => {
    expect(planEventOf({ teamId: 't-1', update: 'AQID' })).toEqual({
      teamId: 't-1',
      update: new Uint8Array([1, 2, 3]),
    });
    expect(planEventOf({ teamId: 't-1' })).toEqual({ teamId: 't-1' });
  });
  it('refuses anything else', () => {
    expect(planEventOf({ teamId: 't-1', update: 'not base64!' })).toBeUndefined();
    expect(planEventOf({ teamId: 42 })).toBeUndefined();
    expect(planEventOf({})).toBeUndefined();
    expect(planEventOf('t-123')).toBeUndefined();
    expect(planEventOf(null)).toBeUndefined();
  });
});
