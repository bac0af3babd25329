// Parsing conditional headers for the agenda's version ETag.
import { describe, expect, it } from 'vitest';
import { noneMatchHits, parseEtagList, parseIfMatch, versionEtag } from './etag';

describe('agenda ETags', () => {
  it('quotes the version', () => {
    expect(versionEtag(12)).toBe('"12"');
  });

  it('reads lists with weak tags and odd spacing', () => {
    expect(parseEtagList('"1", W/"2",W/"3" ,  "4"')).toEqual(['"1"', '"2"', '"3"', '"4"']);
    expect(parseEtagList('*')).toEqual(['*']);
  });

  it('matches If-None-Match only for this version or *', () => {
    expect(noneMatchHits('"7"', 7)).toBe(true);
    expect(noneMatchHits('W/"7"', 7)).toBe(true);
    expect(noneMatchHits('"1", "7"', 7)).toBe(true);
    expect(noneMatchHits('*', 7)).toBe(true);
    expect(noneMatchHits('"70"', 7)).toBe(false);
    expect(noneMatchHits('7', 7)).toBe(false);
    expect(noneMatchHits(undefined, 7)).toBe(false);
  });

  it('classifies If-Match', () => {
    expect(parseIfMatch(undefined)).toEqual({ kind: 'missing' });
    expect(parseIfMatch('  ')).toEqual({ kind: 'missing' });
    expect(parseIfMatch('*')).toEqual({ kind: 'any' });
    expect(parseIfMatch('"3"')).toEqual({ kind: 'versions', versions: [3] });
    expect(parseIfMatch('W/"3", "4"')).toEqual({ kind: 'versions', versions: [3, 4] });
    expect(parseIfMatch('3')).toEqual({ kind: 'invalid' });
    expect(parseIfMatch('"abc"')).toEqual({ kind: 'invalid' });
  });
});
