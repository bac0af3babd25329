import { describe, expect, it } from 'vitest';
import { planEventOf } from './planNews';

describe('plan event with a pushed update (live edits)', () => {
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
    expect(planEventOf(null)).toBeUndefined();
  });
});
