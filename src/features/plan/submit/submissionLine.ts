/**
 * The plan screen's line about the last submission from this device, as a
 * pure function: "Submitted at 4:12 PM by Ana Ruiz; 6 changes since" (event
 * time zone, 12-hour, with the day when it was not today), or that it is
 * waiting to be sent, or why the endpoint refused it.
 */
import { formatEventDay, formatEventTime, instantToEventLocal } from '../../../domain/clock';
import { countChanges } from '../../../domain/plan/figures';
import type { Plan } from '../../../domain/plan/schema';
import { memberLabel } from '../../../wire/members';

export interface SubmissionState {
  sent: 0 | 1;
  plan: Plan;
  submittedAt?: number;
  memberName?: string | null;
  refused?: string;
}

export type SubmissionLine =
  | { kind: 'waiting'; text: string }
  | { kind: 'refused'; text: string }
  | { kind: 'submitted'; text: string; changes: number };

/** "4:12 PM" today, "Wednesday, June 10, 4:12 PM" another day (both in the event's zone). */
export function submittedWhen(at: number, now: number): string {
  const local = instantToEventLocal(at);
  const time = formatEventTime(local);
  return local.slice(0, 10) === instantToEventLocal(now).slice(0, 10)
    ? `at ${time}`
    : `on ${formatEventDay(local.slice(0, 10))} at ${time}`;
}

export function submissionLine(s: SubmissionState, current: Plan, now: number): SubmissionLine {
  if (s.sent === 0) {
    if (s.refused) {
      return { kind: 'refused', text: `The submission was not accepted: ${s.refused}` };
    }
    return { kind: 'waiting', text: 'Submission waiting to be sent (offline).' };
  }
  const changes = countChanges(s.plan, current);
  const since =
    changes === 0 ? 'no changes since' : `${changes} ${changes === 1 ? 'change' : 'changes'} since`;
  return {
    kind: 'submitted',
    changes,
    text: `Submitted ${submittedWhen(s.submittedAt ?? now, now)} by ${memberLabel({ name: s.memberName ?? null })}; ${since}.`,
  };
}
