/**
 * The endpoint's record of who changed what, and its versions of each
 * plan, written inside a sync's transaction from the plan's read model
 * before and after the stored update (src/domain/plan/describeChange.ts):
 *
 * - activity: one line per change, with the author and time; a run of the
 *   same change by the same person (typing into one field) is one line whose
 *   time moves on, so a typed paragraph is not a hundred lines;
 * - versions, never compacted away:
 *   - before a bulk change (a goal or more than five steps deleted at once,
 *     a restore or import), the plan as it was;
 *   - the end of an event day: the first change on a later day (event time
 *     zone) first stores the plan as it was when the earlier day ended;
 *   - during activity: the plan after a change, when the newest version is
 *     ten minutes old or more.
 *
 * Versions hold the read model (what people see), not Yjs state: a restore
 * is made from the content on the device, as ordinary edits.
 */
import type { PlanHistoryStore } from '../db/planHistory';
import {
  describeChange,
  isBulkChange,
  type ActivityLine,
} from '../../../src/domain/plan/describeChange';
import { diffPlans, summarizeDiff } from '../../../src/domain/plan/planDiff';
import type { Plan } from '../../../src/domain/plan/schema';
import { instantToZoneLocal } from '../../../src/domain/event';

export const VERSION_EVERY_MS = 10 * 60_000;
/** A run of the same change by the same person within this is one activity line. */
export const ACTIVITY_MERGE_MS = 5 * 60_000;

export interface ChangeContext {
  teamId: string;
  memberId: string | null;
  now: number;
  /** The event's IANA time zone (event days end at its midnight). */
  timeZone: string;
  /** When the plan last changed before this update (0: never). */
  previousChangeAt: number;
  /**
   * For a batch of updates (several syncs, maybe several members): when its
   * first change came, and who touched each item (by goal, step or TA need
   * id; '' for the plan's own fields). Without it every line is memberId's.
   */
  batch?: { firstAt: number; authorOf: (itemId: string) => string | null };
}

const dayOf = (at: number, zone: string) => instantToZoneLocal(at, zone).slice(0, 10);

/**
 * A plan with nothing in it yet. Its first stored content is one "started
 * the plan" line, not a line per goal of the template, and no version is
 * kept of it; the batching (planDocs.ts) records such a change at once, so
 * what follows gets lines of its own.
 */
export function isEmptyPlan(plan: Plan): boolean {
  return plan.goals.length === 0 && plan.taNeeds.length === 0 && !plan.notes;
}

/** Record one stored update that took the plan from `before` to `after`. */
export function recordChange(
  store: PlanHistoryStore,
  ctx: ChangeContext,
  before: Plan,
  after: Plan,
): ActivityLine[] {
  const { teamId, now } = ctx;
  // An item that comes back with the id of one deleted before was restored.
  const lines = describeChange(before, after).map((l) =>
    !l.deleted && l.text.startsWith('added ') && store.wasDeleted(teamId, l.itemId)
      ? { ...l, text: `restored ${l.text.slice('added '.length)}` }
      : l,
  );
  const last = store.lastVersion(teamId);

  // The end of an earlier day: the plan as it stood then is the plan before this update.
  if (
    last &&
    ctx.previousChangeAt > last.at &&
    dayOf(ctx.previousChangeAt, ctx.timeZone) < dayOf(now, ctx.timeZone)
  ) {
    addVersion(store, teamId, ctx.previousChangeAt, 'day-end', before, last);
  }
  // A bulk change to an empty plan (the first sync's template) has nothing to keep.
  const empty = isEmptyPlan(before);
  const bulk =
    byAuthor(lines, ctx).some((group) => isBulkChange(group)) ||
    lines.some((l) => l.text.startsWith('restored '));
  if (!empty && bulk) {
    const first = lines.find((l) => l.deleted) ?? lines[0]!;
    // Stamped a millisecond before the change: this change's activity belongs to the next version.
    addVersion(
      store,
      teamId,
      (ctx.batch?.firstAt ?? now) - 1,
      'before-bulk',
      before,
      store.lastVersion(teamId),
      `Before: ${first.text}${lines.length > 1 ? ` and ${lines.length - 1} more` : ''}`,
    );
  }

  // The first stored plan (a device's template or draft) is one line, not one per goal.
  writeActivity(
    store,
    ctx,
    empty && lines.length > 1 ? [{ itemId: '', text: 'started the plan' }] : lines,
  );

  const newest = store.lastVersion(teamId);
  if (!newest || now - newest.at >= VERSION_EVERY_MS) {
    addVersion(store, teamId, now, 'activity', after, newest);
  }
  return lines;
}

/**
 * When the plan has changes no version holds (the last minutes before a team
 * went quiet), keep one now: called by the compaction that runs once a team
 * is quiet (not by one for a long log), so the tail of a session is never
 * left out.
 */
export function versionIfBehind(
  store: PlanHistoryStore,
  teamId: string,
  plan: Plan,
  changedAt: number,
): void {
  const last = store.lastVersion(teamId);
  if (!last || last.at >= changedAt) return;
  addVersion(store, teamId, changedAt, 'activity', plan, last);
}

/**
 * A batch's lines split by who made them. A bulk change is one person's (an
 * import, a restore, a paste over many fields): six teammates each typing in
 * their own step during one batch are six small changes, not a bulk one.
 */
function byAuthor(lines: ActivityLine[], ctx: ChangeContext): ActivityLine[][] {
  const batch = ctx.batch;
  if (!batch) return [lines];
  const groups = new Map<string | null, ActivityLine[]>();
  for (const l of lines) {
    const author = batch.authorOf(l.itemId);
    const group = groups.get(author);
    if (group) group.push(l);
    else groups.set(author, [l]);
  }
  return [...groups.values()];
}

function writeActivity(store: PlanHistoryStore, ctx: ChangeContext, lines: ActivityLine[]): void {
  const { teamId, now } = ctx;
  // A batch may hold several people typing in several fields: each line
  // continues that person's latest line about the same thing, if recent.
  const recent = ctx.batch ? store.activity(teamId, 16) : [];
  for (const [i, l] of lines.entries()) {
    const memberId = ctx.batch ? ctx.batch.authorOf(l.itemId) : ctx.memberId;
    const prev = ctx.batch
      ? recent.find((r) => r.memberId === memberId && r.itemId === l.itemId)
      : i === 0 && lines.length === 1
        ? store.lastActivity(teamId)
        : undefined;
    if (
      prev &&
      !l.deleted &&
      prev.memberId === memberId &&
      prev.itemId === l.itemId &&
      prev.line === l.text &&
      now - prev.at < ACTIVITY_MERGE_MS
    ) {
      store.touchActivity(prev.seq, now);
      continue;
    }
    store.addActivity(teamId, {
      at: now,
      memberId,
      itemId: l.itemId,
      line: l.text,
      deleted: l.deleted ? JSON.stringify(l.deleted) : null,
    });
  }
}

function addVersion(
  store: PlanHistoryStore,
  teamId: string,
  at: number,
  reason: 'activity' | 'day-end' | 'before-bulk',
  plan: Plan,
  previous: ReturnType<PlanHistoryStore['lastVersion']>,
  summary?: string,
): void {
  const prevAt = previous?.at ?? 0;
  let line = summary;
  if (!line) {
    let prevPlan: Plan | undefined;
    try {
      prevPlan = previous ? (JSON.parse(previous.planJson()) as Plan) : undefined;
    } catch {
      prevPlan = undefined;
    }
    line = prevPlan ? summarizeDiff(diffPlans(prevPlan, plan)) : 'The plan as first stored';
    if (reason === 'day-end') line = `End of the day: ${line}`;
  }
  store.addVersion(
    teamId,
    { at, reason, members: store.authorsBetween(teamId, prevAt, at), summary: line },
    JSON.stringify(plan),
  );
}
