/** The "State plans" screens, nested under /organizer/plans (links inside are relative). */
import { Route, Switch } from 'wouter';
import { PlansReport } from './PlansReport';
import { StatePlansScreen } from './StatePlansScreen';
import { SubmittedPlanScreen } from './SubmittedPlanScreen';

export default function PlansRoutes() {
  return (
    <Switch>
      <Route path="/report">
        <PlansReport />
      </Route>
      <Route path="/:teamId">{(params) => <SubmittedPlanScreen teamId={params.teamId} />}</Route>
      <Route>
        <StatePlansScreen />
      </Route>
    </Switch>
  );
}
