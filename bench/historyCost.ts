/**
 * The storage cost of plan history (issue 13): a 200-step plan through a
 * simulated two-day convening, on the endpoint's real storage and sync logic
 * (in process, with a simulated clock, temp data dir). Four members edit
 * from 9:00 to 17:00 event time on both days, one sync every 20 s (typing
 * into steps, statuses and dates, TA needs, new steps), and each day six
 * steps and one goal are deleted at once and restored a minute later.
 * Reports the bytes of the versions and of the activity lines beside the
 * plan's own storage (snapshot + log).
 *
 *   node --import tsx bench/historyCost.ts      # alone; also part of `npm run bench`
 *   NO_HISTORY=1 node --import tsx bench/historyCost.ts   # the same run without history (CPU compare)
 */
import { historyDevice, openHistoryTeam, TEAM_ID } from '../server/test/historyKit';
import {
  addGoal,
  addStep,
  addTaNeed,
  removeGoal,
  removeStep,
  setStepField,
  setStepText,
  setTaText,
} from '../src/domain/plan/edit';
import { readPlan } from '../src/domain/plan/model';
import { restoreGoal, restoreStep } from '../src/domain/plan/restore';
import { zoneLocalToInstant } from '../src/domain/event';
import { rng } from '../server/test/planSyncKit';

const ZONE = 'America/New_York';
const DAYS = ['2015-06-10', '2015-06-11'];
const MEMBERS = ['m-ana', 'm-ben', 'm-cara', 'm-dev'];

export interface HistoryCost {
  steps: number;
  syncs: number;
  versions: number;
  versionBytes: number;
  activityLines: number;
  activityBytes: number;
  planBytes: number;
  ms: number;
}

export async function measureHistoryCost(): Promise<HistoryCost> {
  const started = performance.now();
  const team = openHistoryTeam('history-cost-');
  const { storage, docs } = team;
  // Bytes are measured here, not durability: no fsync per simulated sync.
  storage.db.pragma('synchronous = OFF');
  const random = rng(13);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const device = historyDevice(team, { timeZone: ZONE, withoutHistory: !!process.env.NO_HISTORY });
  const doc = device.doc;
  let syncs = 0;
  const push = async (at: number) => {
    await device.push(at, pick(MEMBERS));
    docs.afterCommit(TEAM_ID);
    syncs++;
  };
  try {
    const at = (day: string, minutes: number) =>
      zoneLocalToInstant(`${day}T09:00`, ZONE) + minutes * 60_000;
    // The first hour of day one: a tenth goal and 200 steps typed in.
    await push(at(DAYS[0]!, 0));
    addGoal(doc, { title: 'Data sharing across agencies' }, 'g-extra');
    const goals = readPlan(doc).goals.map((g) => g.id);
    for (let i = 0; i < 200; i++) {
      addStep(doc, goals[i % goals.length]!, {
        text: `Action step ${i}: convene the partners and agree who does what by when`,
        lead: 'Child welfare agency',
      });
      await push(at(DAYS[0]!, i * 0.3));
    }
    for (const day of DAYS) {
      for (let tick = 180; tick < 8 * 180; tick++) {
        const now = at(day, tick / 3);
        const plan = readPlan(doc);
        const steps = plan.goals.flatMap((g) => g.steps);
        const r = random();
        if (tick % 720 === 0) {
          // Six steps deleted at once, back a minute later.
          const gone = steps.slice(0, 6).map((s) => ({
            s,
            g: plan.goals.find((g) => g.steps.includes(s))!,
          }));
          for (const { s } of gone) removeStep(doc, s.id);
          await push(now);
          for (const { s, g } of gone) restoreStep(doc, g.id, g.title, s);
          await push(now + 60_000);
          continue;
        }
        if (tick === 1000) {
          const goal = plan.goals[plan.goals.length - 1]!;
          removeGoal(doc, goal.id);
          await push(now);
          restoreGoal(doc, goal);
          await push(now + 60_000);
          continue;
        }
        const step = pick(steps);
        if (r < 0.7) setStepText(doc, step.id, 'text', `${step.text} and more`.slice(-400));
        else if (r < 0.8)
          setStepField(doc, step.id, 'status', pick(['in-progress', 'done', 'blocked']));
        else if (r < 0.85)
          setStepField(doc, step.id, 'due', `2015-0${7 + Math.floor(random() * 3)}-15`);
        else if (r < 0.99) {
          if (plan.taNeeds.length < 8) addTaNeed(doc, { topic: `TA topic ${tick}` });
          else setTaText(doc, pick(plan.taNeeds).id, 'description', `Needed by ${day}, ${tick}`);
        } else addStep(doc, pick(plan.goals).id, { text: `New step at ${tick}` });
        await push(now);
      }
    }
    await docs.compact(TEAM_ID);
    const bytes = storage.planHistory.bytes(TEAM_ID);
    const record = storage.plans.read(TEAM_ID);
    const planBytes =
      (record.snapshot?.byteLength ?? 0) +
      record.updates.reduce((n, u) => n + u.update.byteLength, 0);
    return {
      steps: readPlan(doc).goals.reduce((n, g) => n + g.steps.length, 0),
      syncs,
      versions: bytes.versionCount,
      versionBytes: bytes.versions,
      activityLines: bytes.activityCount,
      activityBytes: bytes.activity,
      planBytes,
      ms: performance.now() - started,
    };
  } finally {
    await team.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureHistoryCost().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
