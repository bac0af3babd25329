import { describe, expect, it } from 'vitest';
import { eventShortName, pageTitle } from './title';

describe('pageTitle', () => {
  it('is "<page> · <event short name>"', () => {
    expect(pageTitle('My schedule')).toBe(`My schedule · ${eventShortName()}`);
  });
});
