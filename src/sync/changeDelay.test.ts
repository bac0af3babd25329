import { describe, expect, it } from 'vitest';
import { changeDelay } from './changeDelay';

describe('changeDelay (debounce with a maximum wait)', () => {
  it('waits the debounce after a first change', () => {
    expect(changeDelay(1000, 1000, 60, 250)).toBe(60);
  });
  it('never pushes later than the maximum wait after the first unsent change', () => {
    // Keys every 40 ms restart the debounce, but the deadline holds.
    expect(changeDelay(1200, 1000, 60, 250)).toBe(50);
    expect(changeDelay(1240, 1000, 60, 250)).toBe(10);
    expect(changeDelay(1300, 1000, 60, 250)).toBe(0);
  });
});
