/**
 * Overview: how many steps each goal (mandate) has in each status, as a table.
 */
import { STEP_STATUSES, type Plan } from '../../domain/plan';

export function PlanOverview({ plan }: { plan: Plan }) {
  const total = (status: string) =>
    plan.goals.reduce((n, g) => n + g.steps.filter((s) => s.status === status).length, 0);
  return (
    <div className="table-wrap">
      <table className="overview">
        <caption>Action steps by goal and status</caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            {STEP_STATUSES.map((s) => (
              <th scope="col" key={s.id}>
                <span className="overview-status">{s.label}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.goals.map((g, i) => (
            <tr key={g.id}>
              <th scope="row">
                <a href={`#goal-${g.id}-h`}>
                  {i + 1}. {g.title.trim() || '(untitled goal)'}
                </a>
              </th>
              {STEP_STATUSES.map((s) => (
                <td key={s.id}>{g.steps.filter((x) => x.status === s.id).length}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All goals</th>
            {STEP_STATUSES.map((s) => (
              <td key={s.id}>{total(s.id)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
