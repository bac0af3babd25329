/**
 * Checks what ONE applied update changed, instead of re-reading the whole
 * plan on every sync. Yjs reports the shared types a transaction changed
 * (`tr.changed`, only types that existed before it); each of them has a
 * place in the plan's layout (model.ts), and the check for that place covers
 * everything the update can have put there:
 *
 *   a text (title, notes, a step's text…)  characters only, size (shape.ts)
 *   meta, a goal, a step, a TA need        its keys and their kinds (shape.ts),
 *                                          then its values (zod, schema.ts)
 *   a flag set (focus, partners…)          its owner item, as above
 *   a list (goals, steps, TA needs)        every element is an item; elements
 *                                          the update created are checked whole
 *
 * Types the update created sit under one of those, so they are checked with
 * their first pre-existing ancestor. The rule "the endpoint never stores a
 * document that does not read as a plan" holds because the whole-plan check
 * (validate.ts) is this check summed over an empty document's history; the
 * test in validateChange.test.ts runs both on the same updates.
 */
import * as Y from 'yjs';
import * as z from 'zod/mini';
import { checkGoalDeep, checkItem, checkText } from '../../../src/domain/plan/shape';
import { decodeGoal, decodeStep, decodeTaNeed } from '../../../src/domain/plan/model';
import {
  GoalSchema,
  PLAN_SCHEMA_VERSION,
  StepSchema,
  TaNeedSchema,
} from '../../../src/domain/plan/schema';
import { describeError } from '../../../src/domain/plan/model';

type Problem = string | null;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types by event
type AnyType = Y.AbstractType<any>;

type Place =
  | { role: 'text'; path: string }
  | { role: 'meta' }
  | { role: 'list'; of: 'goal' | 'step' | 'taNeed'; path: string }
  | { role: 'item'; kind: 'goal' | 'step' | 'taNeed'; path: string }
  | { role: 'flags'; owner: Y.Map<unknown>; kind: 'goal' | 'step'; path: string }
  | { role: 'hidden' }
  | { role: 'misplaced'; path: string };

const MetaSchema = z.object({
  schemaVersion: z.optional(z.literal(PLAN_SCHEMA_VERSION)),
  state: z.optional(z.union([z.literal(''), z.string().check(z.regex(/^[A-Z]{2}$/))])),
});

const TEXT_KEYS: Record<string, readonly string[]> = {
  goal: ['title'],
  step: ['text', 'lead', 'owner'],
  taNeed: ['topic', 'description'],
};
const FLAG_KEYS: Record<string, readonly string[]> = {
  goal: ['focus'],
  step: ['partners', 'practices'],
};

function rootName(doc: Y.Doc, type: AnyType): string | undefined {
  for (const [name, t] of doc.share) if (t === type) return name;
  return undefined;
}

const itemId = (m: Y.Map<unknown>) => String(m.get('id') ?? '?').slice(0, 64);

/** Where `type` sits in the plan's layout (a walk of at most four parents). */
function placeOf(doc: Y.Doc, type: AnyType): Place {
  const item = type._item;
  if (item === null) {
    const name = rootName(doc, type);
    if (name === 'title' || name === 'notes') return { role: 'text', path: name };
    if (name === 'meta') return { role: 'meta' };
    if (name === 'goals') return { role: 'list', of: 'goal', path: 'goals' };
    if (name === 'taNeeds') return { role: 'list', of: 'taNeed', path: 'taNeeds' };
    return { role: 'misplaced', path: `root ${String(name).slice(0, 40)}` };
  }
  if (item.deleted) return { role: 'hidden' };
  const parent = placeOf(doc, item.parent as AnyType);
  const key = item.parentSub;
  if (parent.role === 'hidden') return parent;
  if (parent.role === 'list' && key === null) {
    return {
      role: 'item',
      kind: parent.of,
      path: `${parent.path}.${itemId(type as Y.Map<unknown>)}`,
    };
  }
  if (parent.role === 'item' && key !== null) {
    const owner = item.parent as Y.Map<unknown>;
    const path = `${parent.path}.${key}`;
    if (TEXT_KEYS[parent.kind]?.includes(key)) return { role: 'text', path };
    if (parent.kind === 'goal' && key === 'steps') return { role: 'list', of: 'step', path };
    if (parent.kind !== 'taNeed' && FLAG_KEYS[parent.kind]?.includes(key)) {
      return { role: 'flags', owner, kind: parent.kind, path };
    }
  }
  return { role: 'misplaced', path: 'path' in parent ? parent.path : 'meta' };
}

function zodProblem(schema: z.ZodMiniType, value: unknown, path: string): Problem {
  const r = schema.safeParse(value);
  return r.success ? null : `${path}: ${describeError(r.error)}`;
}

function checkWholeItem(
  kind: 'goal' | 'step' | 'taNeed',
  m: unknown,
  path: string,
  deep: boolean,
): Problem {
  if (kind === 'goal') {
    const shape = deep ? checkGoalDeep(m, path) : checkItem('goal', m, path);
    if (shape) return shape;
    const g = m as Y.Map<unknown>;
    return zodProblem(GoalSchema, decodeGoal(g, deep), path);
  }
  const shape = checkItem(kind, m, path);
  if (shape) return shape;
  const item = m as Y.Map<unknown>;
  return kind === 'step'
    ? zodProblem(StepSchema, decodeStep(item), path)
    : zodProblem(TaNeedSchema, decodeTaNeed(item), path);
}

/** Elements are items; the ones this transaction created are checked whole. */
function checkList(
  list: Y.Array<unknown>,
  of: 'goal' | 'step' | 'taNeed',
  path: string,
  tr: Y.Transaction,
): Problem {
  if (list._map.size > 0) return `${path}: a list may not have named entries`;
  for (let n = list._start; n !== null; n = n.right) {
    if (n.deleted) continue;
    if (!(n.content instanceof Y.ContentType) || !(n.content.type instanceof Y.Map)) {
      return `${path}: may hold only ${of === 'taNeed' ? 'TA needs' : `${of}s`} (Y.Map), found other content`;
    }
    const created = n.id.clock >= (tr.beforeState.get(n.id.client) ?? 0);
    if (created) {
      const m = n.content.type as Y.Map<unknown>;
      const problem = checkWholeItem(of, m, `${path}.${itemId(m)}`, true);
      if (problem) return problem;
    }
  }
  return null;
}

function checkPlace(doc: Y.Doc, type: AnyType, tr: Y.Transaction): Problem {
  const place = placeOf(doc, type);
  switch (place.role) {
    case 'hidden':
      return null;
    case 'text':
      return checkText(type, place.path);
    case 'meta': {
      const shape = checkItem('meta', type, 'meta');
      if (shape) return shape;
      const m = type as Y.Map<unknown>;
      return zodProblem(
        MetaSchema,
        { schemaVersion: m.get('schemaVersion'), state: m.get('state') },
        'meta',
      );
    }
    case 'list':
      return checkList(type as Y.Array<unknown>, place.of, place.path, tr);
    case 'item': {
      // A new steps list (key "steps" replaced) brings new steps: check those too.
      const keys = tr.changed.get(type);
      const deep = place.kind === 'goal' && keys !== undefined && keys.has('steps');
      return checkWholeItem(place.kind, type, place.path, deep);
    }
    case 'flags':
      return checkWholeItem(
        place.kind,
        place.owner,
        place.path.slice(0, place.path.lastIndexOf('.')),
        false,
      );
    case 'misplaced':
      return `${place.path}: a shared type where the plan has none`;
  }
}

/** The first problem with what `tr` changed in `doc`, or null. */
export function checkChange(doc: Y.Doc, tr: Y.Transaction): Problem {
  for (const type of tr.changed.keys()) {
    const problem = checkPlace(doc, type, tr);
    if (problem) return `The plan no longer reads as a plan: ${problem}`;
  }
  return null;
}
