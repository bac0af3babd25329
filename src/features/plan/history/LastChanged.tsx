/**
 * "Last changed by Ana at 10:42 AM" under a goal or step of a team plan.
 * The plan editor provides the team's activity through context, so the
 * memoised goal and step editors need no new props.
 */
import { createContext, useContext } from 'react';
import type { ActivityResponse } from '../../../wire/history';
import { nameIn } from './useTeamHistory';
import { formatWhen } from './when';

export const ActivityContext = createContext<ActivityResponse | null | undefined>(undefined);

export function LastChanged({ itemId }: { itemId: string }) {
  const activity = useContext(ActivityContext);
  const last = activity?.lastChanged[itemId];
  if (!activity || !last) return null;
  return (
    <p className="last-changed muted">
      Last changed by {nameIn(activity.members, last.memberId)} at {formatWhen(last.at)}
    </p>
  );
}
