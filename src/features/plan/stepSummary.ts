/**
 * The one line a folded step shows about its details, so a long plan reads
 * as a list of steps and their state: "In progress · due 2015-09-29 · lead:
 * DCFS · 2 partners · 1 practice". Empty details say so.
 */
import { STEP_STATUSES, type Step } from '../../domain/plan';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function stepSummary(
  step: Pick<Step, 'status' | 'due' | 'lead' | 'partners' | 'practices'>,
): string {
  const parts: string[] = [STEP_STATUSES.find((s) => s.id === step.status)?.label ?? step.status];
  if (step.due) parts.push(`due ${step.due}`);
  if (step.lead.trim()) parts.push(`lead: ${step.lead.trim()}`);
  if (step.partners.length) parts.push(plural(step.partners.length, 'partner', 'partners'));
  if (step.practices.length) parts.push(plural(step.practices.length, 'practice', 'practices'));
  return parts.join(' · ');
}
