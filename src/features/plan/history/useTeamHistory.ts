/**
 * The team plan's history as the device knows it: read from the device's
 * database (readable offline), refreshed from the endpoint when the screen
 * opens and a few seconds after the plan changes (by anyone), since each
 * stored change adds activity.
 */
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { useHistoryPart } from '../../../db/planHistory';
import { refreshActivity, refreshHistory } from '../../../sync/planHistory';
import {
  activityResponseSchema,
  historyResponseSchema,
  type ActivityResponse,
  type HistoryResponse,
} from '../../../wire/history';
import { memberLabel, type Member } from '../../../wire/members';

const AFTER_CHANGE_MS = 3000;
/** The History view also asks now and then: a teammate's change may not touch this device's plan. */
const HISTORY_POLL_MS = 15_000;

/** Keep `planId`'s activity (and, with `withVersions`, its version list) fresh while mounted. */
export function useHistoryRefresh(
  planId: string,
  doc: Y.Doc | undefined,
  enabled: boolean,
  withVersions = false,
): string | undefined {
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      const outcomes = await Promise.all([
        refreshActivity(planId),
        ...(withVersions ? [refreshHistory(planId)] : []),
      ]);
      const bad = outcomes.find((o) => !o.ok);
      if (live) setProblem(bad && !bad.ok ? bad.message : undefined);
    };
    void run();
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), AFTER_CHANGE_MS);
    };
    doc?.on('update', onUpdate);
    const poll = withVersions ? setInterval(() => void run(), HISTORY_POLL_MS) : undefined;
    return () => {
      live = false;
      if (poll) clearInterval(poll);
      if (timer) clearTimeout(timer);
      doc?.off('update', onUpdate);
    };
  }, [planId, doc, enabled, withVersions]);
  return problem;
}

export function useActivity(planId: string): ActivityResponse | null | undefined {
  const raw = useHistoryPart(planId, 'activity');
  if (raw === undefined || raw === null) return raw as null | undefined;
  const parsed = activityResponseSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function useVersions(planId: string): HistoryResponse | null | undefined {
  const raw = useHistoryPart(planId, 'history');
  if (raw === undefined || raw === null) return raw as null | undefined;
  const parsed = historyResponseSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** A member's name for the interface, from a list of the team's members. */
export function nameIn(members: readonly Member[], memberId: string | null): string {
  return memberLabel(members.find((m) => m.id === memberId));
}
