/**
 * One team's plan on the endpoint's real storage and sync logic, in
 * process, on a clock the caller sets, with devices that push their edits
 * through `syncInTransaction` with history on: what the history tests and
 * bench/historyCost.ts share.
 */
import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { openStorage, type Storage } from '../src/db/index';
import { DEFAULT_PLAN_SETTINGS, type PlanSettings } from '../src/config';
import { PlanDocs } from '../src/plans/planDocs';
import { syncInTransaction } from '../src/plans/syncPlan';
import { tempDir } from './endpoint';
import { createPlanDoc } from '../../src/domain/plan/template';

export const TEAM_ID = 't';

export interface HistoryTeam {
  storage: Storage;
  docs: PlanDocs;
  /** The instant (ms) the endpoint takes as now. */
  clock: { now: number };
  close(): Promise<void>;
}

export function openHistoryTeam(
  prefix: string,
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
  clockStart = 0,
): HistoryTeam {
  const dir = tempDir(prefix);
  const storage = openStorage({ dataDir: dir });
  const clock = { now: clockStart };
  const docs = new PlanDocs(
    storage,
    settings,
    () => clock.now,
    () => {},
  );
  storage.teams.create({ id: TEAM_ID, state: 'VA', name: TEAM_ID, codeHash: 'h', now: 0 });
  return {
    storage,
    docs,
    clock,
    close: async () => {
      await docs.close();
      storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface DeviceOptions {
  timeZone: string;
  /** Join the team's history batch (the endpoint's way) rather than record each sync at once. */
  batched?: boolean;
  /** Send no history context (the same syncs without history, to compare). */
  withoutHistory?: boolean;
  /** Apply the endpoint's answer (teammates' changes) to this device's document. */
  applyAnswer?: boolean;
}

/** A device of the team: `push` sends what it has not sent yet, at `at`, as `memberId`. */
export function historyDevice(team: HistoryTeam, options: DeviceOptions, doc = createPlanDoc()) {
  let sent: Uint8Array | undefined;
  return {
    doc,
    push: async (at: number, memberId: string) => {
      team.clock.now = at;
      const update = Y.encodeStateAsUpdate(doc, sent);
      sent = Y.encodeStateVector(doc);
      const { storage, docs } = team;
      const history = options.withoutHistory
        ? {}
        : {
            history: {
              store: storage.planHistory,
              timeZone: options.timeZone,
              ...(options.batched ? { batched: true } : {}),
            },
          };
      const r = await storage.commit(() =>
        syncInTransaction(
          docs,
          storage.plans,
          TEAM_ID,
          { update, stateVector: sent!, memberId, ...history },
          at,
        ),
      );
      if (!r.ok) throw new Error(r.message);
      if (options.applyAnswer && r.update.byteLength > 0) {
        Y.applyUpdate(doc, r.update);
        sent = Y.encodeStateVector(doc);
      }
    },
  };
}
