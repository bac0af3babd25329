import { expect, it } from 'vitest';
import { stepSummary } from './stepSummary';

it('names the status, then only the details that are filled in', () => {
  const empty = { status: 'not-started', due: '', lead: ' ', partners: [], practices: [] } as const;
  expect(stepSummary({ ...empty, partners: [], practices: [] })).toBe('Not started');
  expect(
    stepSummary({
      status: 'in-progress',
      due: '2015-09-29',
      lead: 'DCFS',
      partners: ['courts-cip', 'other:Tribal court'],
      practices: ['mandatory-screening'],
    }),
  ).toBe('In progress · due 2015-09-29 · lead: DCFS · 2 partners · 1 practice');
});
