/**
 * The plan feature's routes (nested under /plan): the editor at /plan and the
 * print view at /plan/print. Opens the device's active plan once per tab.
 */
import { useState } from 'react';
import { Route, Switch } from 'wouter';
import { removePlanFromDevice, useActivePlanId } from '../../db/plans';
import { closeLocalPlan } from './LocalPlan';
import { PlanEditor } from './PlanEditor';
import { PrintView } from './PrintView';
import { useLocalPlan } from './usePlan';

export default function PlanRoutes() {
  const planId = useActivePlanId();
  const [generation, setGeneration] = useState(0);
  const [removed, setRemoved] = useState(false);
  const { plan, error } = useLocalPlan(removed ? undefined : planId, generation);

  if (removed)
    return (
      <section aria-labelledby="removed-h">
        <h1 id="removed-h">Plan removed from this device</h1>
        <p role="status">The plan is no longer stored in this browser.</p>
        <button
          type="button"
          onClick={() => {
            setRemoved(false);
            setGeneration((g) => g + 1);
          }}
        >
          Start a new plan
        </button>
      </section>
    );
  if (error) return <p role="alert">The plan could not be opened: {error}</p>;
  if (!plan || !planId) return <p className="loading">Opening your plan…</p>;

  const onRemove = async () => {
    plan.announceRemoved();
    await closeLocalPlan(planId);
    await removePlanFromDevice(planId);
    setRemoved(true);
  };

  return (
    <Switch>
      <Route path="/print">
        <PrintView doc={plan.doc} />
      </Route>
      <Route>
        <PlanEditor key={`${planId}:${generation}`} plan={plan} onRemove={onRemove} />
      </Route>
    </Switch>
  );
}
