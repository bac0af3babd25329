/**
 * The plan document's shape, checked on the Yjs types themselves (not on the
 * decoded JSON, which would hide them): every field has its declared kind
 * (Y.Text where text is expected, a flag map of `true` values for sets, a
 * plain string or number otherwise), no unknown keys, no nesting beyond the
 * layout in model.ts, no embeds or formatting inside texts, sizes per field.
 * The zod schema (schema.ts) then checks the values. Each check returns a
 * sentence naming the first problem, or null; the item checks are exported
 * so the endpoint can re-check only what an update touched.
 */
import * as Y from 'yjs';
import { PLAN_ROOTS, type PlanRootName } from './roots';

/** Longest text field, in characters (schema.ts's Text is the same). */
export const MAX_TEXT_CHARS = 100_000;
/** Most entries in one flag map (partners, practices, focus areas). */
export const MAX_FLAGS = 200;
const MAX_FLAG_KEY = 200;

type Problem = string | null;

const FIELDS = {
  meta: { state: 'string?', schemaVersion: 'number?' },
  goal: {
    id: 'string',
    order: 'number',
    mandateId: 'string?',
    title: 'text',
    focus: 'flags',
    steps: 'list',
  },
  step: {
    id: 'string',
    order: 'number',
    text: 'text',
    lead: 'text',
    owner: 'text',
    due: 'string',
    status: 'string',
    partners: 'flags',
    practices: 'flags',
  },
  taNeed: { id: 'string', topic: 'text', description: 'text', priority: 'string' },
} as const;

type Kind = 'string' | 'string?' | 'number' | 'number?' | 'text' | 'flags' | 'list';
export type ItemKind = keyof typeof FIELDS;

const kindName: Record<Kind, string> = {
  string: 'a plain string',
  'string?': 'a plain string',
  number: 'a number',
  'number?': 'a number',
  text: 'text (Y.Text)',
  flags: 'a set of flags (Y.Map of true)',
  list: 'a list (Y.Array)',
};

function describe(v: unknown): string {
  if (v instanceof Y.Text) return 'text (Y.Text)';
  if (v instanceof Y.Map) return 'a map (Y.Map)';
  if (v instanceof Y.Array) return 'a list (Y.Array)';
  if (v instanceof Y.AbstractType) return 'a shared type';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a JSON array';
  if (v instanceof Uint8Array) return 'binary data';
  return `a ${typeof v === 'object' ? 'JSON object' : typeof v}`;
}

/** A Y.Text holding only characters: no embeds, no formatting, no attributes, not too long. */
export function checkText(t: unknown, path: string): Problem {
  if (!(t instanceof Y.Text)) return `${path}: expected text (Y.Text), got ${describe(t)}`;
  if (t._map.size > 0) return `${path}: text may not carry attributes`;
  if (t.length > MAX_TEXT_CHARS) return `${path}: longer than ${MAX_TEXT_CHARS} characters`;
  for (let n = t._start; n !== null; n = n.right) {
    if (n.deleted) continue;
    if (!(n.content instanceof Y.ContentString)) {
      return `${path}: text may hold only characters (found an embedded object or formatting)`;
    }
  }
  return null;
}

function checkFlags(m: unknown, path: string): Problem {
  if (!(m instanceof Y.Map)) return `${path}: expected ${kindName.flags}, got ${describe(m)}`;
  if (m._start !== null) return `${path}: a set of flags may not hold list content`;
  if (m.size > MAX_FLAGS) return `${path}: more than ${MAX_FLAGS} entries`;
  for (const [k, v] of m.entries()) {
    if (k.length > MAX_FLAG_KEY) return `${path}: an entry longer than ${MAX_FLAG_KEY} characters`;
    if (v !== true) return `${path}.${k.slice(0, 40)}: expected true, got ${describe(v)}`;
  }
  return null;
}

function checkList(a: unknown, path: string): Problem {
  if (!(a instanceof Y.Array)) return `${path}: expected ${kindName.list}, got ${describe(a)}`;
  if (a._map.size > 0) return `${path}: a list may not have named entries`;
  return null;
}

function checkField(kind: Kind, v: unknown, path: string): Problem {
  if (v === undefined && (kind === 'string?' || kind === 'number?')) return null;
  switch (kind) {
    case 'string?':
    case 'string':
      if (typeof v !== 'string') return `${path}: expected a plain string, got ${describe(v)}`;
      return v.length > MAX_FLAG_KEY ? `${path}: longer than ${MAX_FLAG_KEY} characters` : null;
    case 'number?':
    case 'number':
      return typeof v === 'number' && Number.isFinite(v)
        ? null
        : `${path}: expected a number, got ${describe(v)}`;
    case 'text':
      return checkText(v, path);
    case 'flags':
      return checkFlags(v, path);
    case 'list':
      return checkList(v, path);
  }
}

/**
 * One plan item (meta, goal, step, TA need) without its children: a Y.Map
 * with exactly its declared keys, each of its declared kind.
 */
export function checkItem(kind: ItemKind, item: unknown, path: string): Problem {
  if (!(item instanceof Y.Map)) return `${path}: expected a map (Y.Map), got ${describe(item)}`;
  if (item._start !== null) return `${path}: an item may not hold list content`;
  const fields = FIELDS[kind] as Record<string, Kind>;
  for (const key of item.keys()) {
    if (!Object.prototype.hasOwnProperty.call(fields, key)) {
      return `${path}: unknown key "${key.slice(0, 40)}"`;
    }
  }
  for (const [key, fieldKind] of Object.entries(fields)) {
    const problem = checkField(fieldKind, item.get(key), `${path}.${key}`);
    if (problem) return problem;
  }
  return null;
}

/** A list of items of one kind; `deep` also checks each goal's steps. */
export function checkItems(
  kind: 'goal' | 'step' | 'taNeed',
  list: Y.Array<unknown>,
  path: string,
  only?: (item: Y.Map<unknown>) => boolean,
): Problem {
  let i = 0;
  for (const item of list.toArray()) {
    const at = `${path}.${i++}`;
    if (only && item instanceof Y.Map && !only(item)) continue;
    const problem = kind === 'goal' ? checkGoalDeep(item, at) : checkItem(kind, item, at);
    if (problem) return problem;
  }
  return null;
}

export function checkGoalDeep(goal: unknown, path: string): Problem {
  const problem = checkItem('goal', goal, path);
  if (problem) return problem;
  const steps = (goal as Y.Map<unknown>).get('steps') as Y.Array<unknown>;
  return checkItems('step', steps, `${path}.steps`);
}

/** A root type: the declared kind, with no content of another kind. */
export function checkRoot(doc: Y.Doc, name: PlanRootName): Problem {
  const type = doc.share.get(name);
  if (!type) return null;
  const kind = PLAN_ROOTS[name];
  if (kind === 'text') return checkText(doc.getText(name), name);
  if (kind === 'map') {
    if (type._start !== null) return `${name}: may not hold list content`;
    return checkItem('meta', doc.getMap(name), name);
  }
  if (type._map.size > 0) return `${name}: a list may not have named entries`;
  return null;
}

/** The whole document's shape (the values are zod's job, in readPlan). */
export function checkPlanShape(doc: Y.Doc): Problem {
  for (const [name, type] of doc.share) {
    if (!Object.prototype.hasOwnProperty.call(PLAN_ROOTS, name)) {
      if (type._start !== null || type._map.size > 0) {
        return `The plan has an unknown part "${name.slice(0, 40)}".`;
      }
    }
  }
  for (const name of Object.keys(PLAN_ROOTS) as PlanRootName[]) {
    const problem = checkRoot(doc, name);
    if (problem) return problem;
  }
  return (
    checkItems('goal', doc.getArray('goals'), 'goals') ??
    checkItems('taNeed', doc.getArray('taNeeds'), 'taNeeds')
  );
}
