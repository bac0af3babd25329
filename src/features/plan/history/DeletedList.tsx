/**
 * "Recently deleted": goals, steps and TA needs deleted in the last 30 days
 * (as the endpoint saw them) that this device's plan does not hold again;
 * one action brings an item back whole, as edits on this device's plan.
 */
import type { Plan } from '../../../domain/plan';
import { quote } from '../../../domain/plan/describeChange';
import { goalName } from '../../../domain/plan/planDiff';
import type { ActivityResponse, RecentlyDeleted } from '../../../wire/history';
import { nameIn } from './useTeamHistory';
import { formatWhen } from './when';

export function itemIdOf(d: RecentlyDeleted): string {
  const it = d.item;
  return it.kind === 'goal' ? it.goal.id : it.kind === 'step' ? it.step.id : it.taNeed.id;
}

export function describeDeleted(d: RecentlyDeleted): string {
  const it = d.item;
  if (it.kind === 'goal') {
    const n = it.goal.steps.length;
    return `Goal ${quote(goalName(it.goal))} with ${n} ${n === 1 ? 'step' : 'steps'}`;
  }
  if (it.kind === 'step')
    return `Step ${quote(it.step.text || 'Untitled step')} of goal ${quote(it.goalTitle || 'Untitled goal')}`;
  return `TA need ${quote(it.taNeed.topic || 'Untitled TA need')}`;
}

/** Ids the plan holds now (a deleted item already back is not listed). */
export function presentIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const g of plan.goals) {
    ids.add(g.id);
    for (const s of g.steps) ids.add(s.id);
  }
  for (const t of plan.taNeeds) ids.add(t.id);
  return ids;
}

export function DeletedList({
  activity,
  plan,
  onRestore,
}: {
  activity: ActivityResponse;
  plan: Plan;
  onRestore: (d: RecentlyDeleted) => void;
}) {
  const present = presentIds(plan);
  const items = activity.deleted.filter((d) => !present.has(itemIdOf(d)));
  if (items.length === 0) return <p className="muted">Nothing was deleted in the last 30 days.</p>;
  return (
    <ul className="history-list">
      {items.map((d) => {
        const what = describeDeleted(d);
        return (
          <li key={itemIdOf(d)} className="history-item">
            <div>
              <p className="history-what">{what}</p>
              <p className="muted">
                Deleted by {nameIn(activity.members, d.memberId)}, {formatWhen(d.at)}
              </p>
            </div>
            <button type="button" onClick={() => onRestore(d)} aria-label={`Restore ${what}`}>
              Restore
            </button>
          </li>
        );
      })}
    </ul>
  );
}
