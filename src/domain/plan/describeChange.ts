/**
 * The activity lines of one stored update: what a person did, in words,
 * without the person ("added step 3 to goal 2"); the name is put in front
 * when shown, so a member who renames themselves is named the new way
 * everywhere. Also says when a change is "bulk" (deletes a goal or more
 * than five steps, brings back deleted items, or adds in bulk, as an import
 * or a restore does): the endpoint keeps a version of the plan before it.
 */
import { diffPlans, type ItemChange } from './planDiff';
import type { Goal, Plan, Step, TaNeed } from './schema';

export interface ActivityLine {
  /** The goal, step or TA need it is about ('' for the plan's own fields). */
  itemId: string;
  text: string;
  /** What was deleted, whole, for "Recently deleted". */
  deleted?: DeletedItem;
}

export type DeletedItem =
  | { kind: 'goal'; goal: Goal }
  | { kind: 'step'; goalId: string; goalTitle: string; step: Step }
  | { kind: 'taNeed'; taNeed: TaNeed };

const MAX_NAME = 40;

export function quote(name: string): string {
  const one = name.replace(/\s+/g, ' ').trim();
  return `“${one.length > MAX_NAME ? `${one.slice(0, MAX_NAME - 1)}…` : one}”`;
}

function goalRef(c: ItemChange): string {
  return `goal ${c.goalNumber ?? '?'}`;
}

function fieldWords(c: ItemChange): string {
  const labels = c.fields.map((f) => f.label);
  if (labels.length <= 2) return labels.join(' and ');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function line(c: ItemChange, goalTitles: Map<string, string>): ActivityLine {
  const id = c.id;
  switch (c.target) {
    case 'plan':
      return { itemId: '', text: `changed the ${fieldWords(c)}` };
    case 'goal':
      if (c.kind === 'added') return { itemId: id, text: `added ${goalRef(c)} ${quote(c.name)}` };
      if (c.kind === 'removed')
        return {
          itemId: id,
          text: `deleted ${goalRef(c)} ${quote(c.name)}`,
          deleted: { kind: 'goal', goal: c.goal! },
        };
      return { itemId: id, text: `changed the ${fieldWords(c)} of ${goalRef(c)} ${quote(c.name)}` };
    case 'step': {
      const step = `step ${c.stepNumber ?? '?'}`;
      if (c.kind === 'added') return { itemId: id, text: `added ${step} to ${goalRef(c)}` };
      if (c.kind === 'removed')
        return {
          itemId: id,
          text: `deleted ${step} ${quote(c.name)} from ${goalRef(c)}`,
          deleted: {
            kind: 'step',
            goalId: c.goalId!,
            goalTitle: goalTitles.get(c.goalId!) ?? '',
            step: c.step!,
          },
        };
      return { itemId: id, text: `changed the ${fieldWords(c)} of ${step} in ${goalRef(c)}` };
    }
    case 'taNeed':
      if (c.kind === 'added') return { itemId: id, text: `added the TA need ${quote(c.name)}` };
      if (c.kind === 'removed')
        return {
          itemId: id,
          text: `deleted the TA need ${quote(c.name)}`,
          deleted: { kind: 'taNeed', taNeed: c.taNeed! },
        };
      return { itemId: id, text: `changed the ${fieldWords(c)} of the TA need ${quote(c.name)}` };
  }
}

/** The lines of what changed from `before` to `after`, in plan order. */
export function describeChange(before: Plan, after: Plan): ActivityLine[] {
  const titles = new Map(before.goals.map((g) => [g.id, g.title]));
  return diffPlans(before, after).changes.map((c) => line(c, titles));
}

/** More than five steps at once (the issue's threshold for a version before a deletion). */
export const BULK_STEPS = 5;

/**
 * Whether the change from `before` to `after` should be preceded by a
 * version: it deletes a goal or more than five steps, adds more than one
 * goal or five steps at once (an import, a whole-version restore), or
 * brings back an item that was deleted (`wasDeleted` says which ids were).
 */
export function isBulkChange(
  lines: ActivityLine[],
  wasDeleted: (id: string) => boolean = () => false,
): boolean {
  let goalsGone = 0;
  let stepsGone = 0;
  let goalsAdded = 0;
  let stepsAdded = 0;
  let changed = 0;
  for (const l of lines) {
    if (l.deleted?.kind === 'goal') goalsGone++;
    else if (l.deleted?.kind === 'step') stepsGone++;
    else if (l.text.startsWith('added goal')) goalsAdded++;
    else if (l.text.startsWith('added step')) stepsAdded++;
    else if (l.text.startsWith('changed')) changed++;
    if (!l.deleted && l.text.startsWith('added') && wasDeleted(l.itemId)) return true;
  }
  return (
    goalsGone > 0 ||
    stepsGone > BULK_STEPS ||
    goalsAdded > 1 ||
    stepsAdded > BULK_STEPS ||
    changed > BULK_STEPS
  );
}
