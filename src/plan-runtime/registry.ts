/**
 * The tab's registry of open plans: the editor, the sync loop and "use in
 * plan" share one LocalPlan per plan id, so they never hold two documents.
 */
import { LOCAL_PLAN_ID } from '../db/plans';
import { LocalPlan, type LocalPlanOptions } from './LocalPlan';

const open = new Map<string, Promise<LocalPlan>>();
/** The instances of `open` that finished opening (read synchronously by the editor). */
const ready = new Map<string, LocalPlan>();

/** The tab's shared LocalPlan for `planId` (editor and sync use the same one). */
export function getLocalPlan(planId = LOCAL_PLAN_ID, opts?: LocalPlanOptions): Promise<LocalPlan> {
  let p = open.get(planId);
  if (!p) {
    const opening = LocalPlan.open(planId, opts);
    p = opening;
    open.set(planId, opening);
    opening.then(
      (plan) => {
        const forget = () => {
          if (open.get(planId) !== opening) return;
          open.delete(planId);
          ready.delete(planId);
        };
        if (plan.removedElsewhere) return forget();
        ready.set(planId, plan);
        plan.onRemovedElsewhere(forget);
      },
      () => undefined,
    );
  }
  return p;
}

/** The tab's LocalPlan for `planId` if it is already open, else undefined. */
export function peekLocalPlan(planId: string): LocalPlan | undefined {
  return open.has(planId) ? ready.get(planId) : undefined;
}

/** Forget the tab's instance (after the plan was removed from the device). */
export async function closeLocalPlan(planId = LOCAL_PLAN_ID): Promise<void> {
  const p = open.get(planId);
  open.delete(planId);
  ready.delete(planId);
  if (p) await (await p).destroy();
}
