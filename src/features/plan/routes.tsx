/**
 * The plan feature's routes (nested under /plan): the editor at /plan and the
 * print view at /plan/print. Opens the device's active plan once per tab.
 */
import { use, useState } from 'react';
import { Route, Switch } from 'wouter';
import { getActivePlanId, getPlanRow, removePlanFromDevice, useActivePlanId } from '../../db/plans';
import { restoreTeamLink, teamLinkOf, type TeamLinkRow } from '../../sync/teams';
import { closeLocalPlan, getLocalPlan } from '../../plan-runtime';
import { PlanEditor } from './PlanEditor';
import { PlanRemoved } from './PlanRemoved';
import { PrintView } from './PrintView';
import { useLocalPlan, useUndo, type Undo } from './usePlan';
import type { LocalPlan } from '../../plan-runtime';
import { HistoryScreen } from './history/HistoryScreen';
import { VersionScreen } from './history/VersionScreen';
import { keepPlace, pageHeading } from '../../app/focus/moveFocus';

let firstOpen: Promise<string | undefined> | undefined;

/**
 * The tab's first open of its active plan (the id, once the plan is open or
 * failed to open; failures are shown by useLocalPlan). The route suspends on
 * it while the app's Suspense fallback is still up for this code's download,
 * and React keeps that fallback a moment anyway, so a long plan renders in
 * that wait and appears in one commit instead of after it.
 */
function openFirst(): Promise<string | undefined> {
  firstOpen ??= getActivePlanId().then(
    (id) =>
      getLocalPlan(id).then(
        () => id,
        () => id,
      ),
    () => undefined,
  );
  return firstOpen;
}

export default function PlanRoutes() {
  const firstId = use(openFirst());
  // The live id follows a team join; until its first read, the id just opened.
  const planId = useActivePlanId() ?? firstId;
  const [generation, setGeneration] = useState(0);
  const [removed, setRemoved] = useState(false);
  // The team link of the plan just removed: only in memory, for "Get the
  // team's plan back" on the next screen (nothing of it stays on the device).
  const [removedLink, setRemovedLink] = useState<TeamLinkRow | undefined>();
  const { plan, error } = useLocalPlan(removed ? undefined : planId, generation);

  if (removed) {
    const reopen = () => {
      keepPlace([pageHeading]);
      setRemoved(false);
      setRemovedLink(undefined);
      setGeneration((g) => g + 1);
    };
    return (
      <PlanRemoved
        teamName={removedLink?.teamName}
        onStartNew={reopen}
        onTeamPlan={
          removedLink && planId
            ? async () => {
                await restoreTeamLink(planId, removedLink);
                reopen();
              }
            : undefined
        }
      />
    );
  }
  if (error) return <p role="alert">The plan could not be opened: {error}</p>;
  if (!plan || !planId) return <p className="loading">Opening your plan…</p>;

  const onRemove = async () => {
    setRemovedLink(teamLinkOf(await getPlanRow(planId)));
    plan.announceRemoved();
    await closeLocalPlan(planId);
    await removePlanFromDevice(planId);
    setRemoved(true);
  };

  return <OpenPlan key={`${planId}:${generation}`} plan={plan} onRemove={onRemove} />;
}

/**
 * The screens of one open plan. The undo manager lives here, not in the
 * editor: a restore made in the History view is undone by the editor's Undo
 * after going back to the plan.
 */
function OpenPlan({ plan, onRemove }: { plan: LocalPlan; onRemove: () => Promise<void> }) {
  const undo: Undo = useUndo(plan.doc);
  return (
    <Switch>
      <Route path="/print">
        <PrintView doc={plan.doc} />
      </Route>
      <Route path="/history">
        <HistoryScreen plan={plan} undo={undo} />
      </Route>
      <Route path="/history/:versionId">
        {(params) =>
          /^[1-9][0-9]{0,15}$/.test(params.versionId) ? (
            <VersionScreen
              key={params.versionId}
              plan={plan}
              undo={undo}
              versionId={Number(params.versionId)}
            />
          ) : (
            <p role="alert">There is no such version.</p>
          )
        }
      </Route>
      <Route>
        <PlanEditor plan={plan} onRemove={onRemove} undo={undo} />
      </Route>
    </Switch>
  );
}
