import { describe, expect, it } from 'vitest';
import { initials } from './initials';

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initials('Ana Ruiz')).toBe('AR');
    expect(initials('  dana  de la  Cruz ')).toBe('DC');
    expect(initials('Ben')).toBe('B');
    expect(initials('Élodie Ørsted')).toBe('ÉØ');
  });
  it('says "?" without a name', () => {
    expect(initials(null)).toBe('?');
    expect(initials('   ')).toBe('?');
  });
});
