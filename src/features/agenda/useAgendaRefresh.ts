/**
 * Starts the background agenda refresh for the whole app (called once from
 * App) and tells the store when the endpoint could not be used while the
 * device believed it was online, so the freshness line can say so.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../app/store';
import { whenIdle } from '../../platform/idle';
import { startAgendaRefresh, type RefreshOutcome } from '../../sync/agenda';

const PROBLEMS: Partial<Record<RefreshOutcome, string>> = {
  unreachable: 'Could not reach the agenda service',
  'http-error': 'The agenda service had a problem',
  invalid: 'The agenda service sent an agenda this app cannot read',
};

export function useAgendaRefresh(): void {
  const setProblem = useAppStore((s) => s.setAgendaRefreshProblem);
  useEffect(() => {
    // The shown agenda never waits for this: start once the first screen is
    // hydrated and the main thread is idle.
    let stop: (() => void) | undefined;
    const cancel = whenIdle(() => {
      stop = startAgendaRefresh({
        report: (outcome) => setProblem(PROBLEMS[outcome] ?? null),
      });
    });
    return () => {
      cancel();
      stop?.();
    };
  }, [setProblem]);
}
