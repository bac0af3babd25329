/**
 * Small React hooks over a LocalPlan: open it, read its plan (re-read after
 * every transaction), its save state, and an undo manager for local edits.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { planRootTypes, safeReadPlan, type Plan } from '../../domain/plan';
import { getLocalPlan, peekLocalPlan, type LocalPlan, type SaveState } from '../../plan-runtime';

/** Open (or reuse) the tab's LocalPlan for `planId`. */
export function useLocalPlan(
  planId: string | undefined,
  generation = 0,
): {
  plan?: LocalPlan;
  error?: string;
} {
  const [state, setState] = useState<{
    key?: string;
    plan?: LocalPlan;
    error?: string;
  }>({});
  const key = `${planId}:${generation}`;
  useEffect(() => {
    if (!planId) return;
    let live = true;
    getLocalPlan(planId).then(
      (plan) => live && setState({ key, plan }),
      (e: unknown) => live && setState({ key, error: String(e) }),
    );
    return () => {
      live = false;
    };
  }, [planId, key]);
  if (state.key === key) return { plan: state.plan, error: state.error };
  // Already open in this tab (the route opened it while its code loaded):
  // render it now rather than one effect and one state update later.
  const ready = planId ? peekLocalPlan(planId) : undefined;
  return ready ? { plan: ready } : {};
}

type ReadResult = ReturnType<typeof safeReadPlan>;

/** The read model of `doc`, recomputed after each transaction that changed it. */
export function usePlanRead(doc: Y.Doc): ReadResult {
  const store = useMemo(() => {
    let cached: ReadResult | undefined;
    return {
      subscribe(onChange: () => void) {
        const handler = () => {
          cached = undefined;
          onChange();
        };
        doc.on('update', handler);
        return () => doc.off('update', handler);
      },
      get(): ReadResult {
        cached ??= safeReadPlan(doc);
        return cached;
      },
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}

export function useSaveState(plan: LocalPlan): SaveState {
  return useSyncExternalStore(plan.subscribe, plan.getSaveState);
}

export interface Undo {
  undo: () => void;
  redo: () => void;
  /** Ends the current undo step, so the next change is undone on its own. */
  stopCapturing: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

/** Undo/redo of this tab's own edits (origin null); teammates' edits are never undone.
 * The manager is made in an effect (and destroyed in its cleanup) so React's
 * StrictMode double mount never leaves a destroyed manager in use. */
export function useUndo(doc: Y.Doc, enabled = true): Undo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [, bump] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const m = new Y.UndoManager(planRootTypes(doc), { captureTimeout: 600 });
    const on = () => bump((n) => n + 1);
    m.on('stack-item-added', on);
    m.on('stack-item-popped', on);
    m.on('stack-cleared', on);
    setManager(m);
    return () => {
      m.destroy();
      setManager(null);
    };
  }, [doc, enabled]);
  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  const stopCapturing = useCallback(() => manager?.stopCapturing(), [manager]);
  return {
    undo,
    redo,
    stopCapturing,
    canUndo: manager?.canUndo() ?? false,
    canRedo: manager?.canRedo() ?? false,
  };
}

export type { Plan };
