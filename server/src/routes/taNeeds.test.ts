// GET /api/ta-needs(.csv): organizer only, CSV quoting and the formula guard.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDeps, AppEnv } from '../context';
import { setupOrganizerCredential } from '../auth/organizer';
import { openStorage, type Storage } from '../db/index';
import { createEventHub } from '../events/hub';
import * as Y from 'yjs';
import { addTaNeed, createPlanDoc } from '../../../src/domain/plan';
import { DEFAULT_PLAN_SETTINGS } from '../config';
import { PlanDocs } from '../plans/planDocs';
import { register, taNeedsOfPlan, type PlanTaNeed, type TaNeedSource } from './taNeeds';

const TOKEN = 'organizer-token-for-tests-0123456789';
let dir: string;
let storage: Storage;
let app: Hono<AppEnv>;
/** The test's plans: each team's needs as given, or a plan that does not decode. */
let plans: Map<string, { needs: PlanTaNeed[] | 'broken'; at: number }>;
const readNeeds: TaNeedSource['needs'] = (id) => {
  const p = plans.get(id);
  if (!p) return undefined;
  if (p.needs === 'broken') throw new Error('does not decode');
  return { needs: p.needs, updatedAt: p.at };
};

function addTeam(
  id: string,
  state: string,
  needs: PlanTaNeed[] | 'broken',
  at = 1_434_000_000_000,
) {
  storage.teams.create({
    id,
    state,
    name: `${state} team`,
    codeHash: `h-${id}`,
    now: at,
  });
  plans.set(id, { needs, at });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ta-needs-'));
  storage = openStorage({ dataDir: dir });
  plans = new Map();
  const deps = {
    config: { allowedOrigins: [] },
    storage,
    hub: createEventHub(),
    organizer: setupOrganizerCredential(storage.settings, TOKEN, () => {}),
    shutdown: new AbortController().signal,
    log: () => {},
    now: () => new Date('2015-06-11T15:00:00Z'),
  } as unknown as AppDeps;
  app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  register(app, deps, readNeeds);
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const auth = { authorization: `Bearer ${TOKEN}` };

describe('GET /api/ta-needs.csv', () => {
  it('needs the organizer credential: 401 without, 403 with a wrong one', async () => {
    for (const path of ['/api/ta-needs.csv', '/api/ta-needs']) {
      expect((await app.request(path)).status).toBe(401);
      const wrong = await app.request(path, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(403);
    }
  });

  it('writes one row per need with the agreed columns, quoting commas, quotes and newlines', async () => {
    addTeam('t-ca', 'CA', [
      { topic: 'Screening, assessment', description: 'He said "now"\nthen left', priority: 'high' },
    ]);
    addTeam('t-al', 'AL', [
      { topic: 'Data', description: 'Plain', priority: 'low', updatedAt: 1_433_980_800_000 },
    ]);
    const res = await app.request('/api/ta-needs.csv', { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ta-needs-2015-06-11.csv"',
    );
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('state,team,topic,priority,description,updated,submitted_at');
    expect(lines[1]).toBe('AL,AL team,Data,low,Plain,2015-06-11T00:00:00.000Z,not submitted');
    expect(text).toContain('CA,CA team,"Screening, assessment",high,"He said ""now""\nthen left",');
    const parsed = Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data;
    expect(parsed[2]).toEqual([
      'CA',
      'CA team',
      'Screening, assessment',
      'high',
      'He said "now"\nthen left',
      new Date(1_434_000_000_000).toISOString(),
      'not submitted',
    ]);
  });

  it('guards cells starting with = + - @ against formula injection', async () => {
    addTeam('t-x', 'NY', [
      { topic: '=HYPERLINK("http://x")', description: '+1', priority: '-2', updatedAt: 0 },
      { topic: '@SUM(A1)', description: 'safe = text', priority: 'medium', updatedAt: 0 },
    ]);
    const text = await (await app.request('/api/ta-needs.csv', { headers: auth })).text();
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), { newline: '\r\n' }).data;
    expect(rows[1]!.slice(2, 5)).toEqual(['\'=HYPERLINK("http://x")', "'-2", "'+1"]);
    expect(rows[2]!.slice(2, 5)).toEqual(["'@SUM(A1)", 'medium', 'safe = text']);
  });

  it('skips teams without a plan or with a plan that does not decode', async () => {
    addTeam('t-bad', 'GU', 'broken');
    storage.teams.create({
      id: 't-none',
      state: 'PR',
      name: 'PR team',
      codeHash: 'h',
      now: 0,
    });
    addTeam('t-ok', 'VI', [{ topic: 'T', description: 'D', priority: 'low' }]);
    const res = await app.request('/api/ta-needs', { headers: auth });
    const body = (await res.json()) as { needs: { state: string; topic: string }[] };
    expect(body.needs.map((n) => [n.state, n.topic])).toEqual([['VI', 'T']]);
  });
});

describe('reading TA needs from a real plan document', () => {
  it('reads topic, description and priority through the plan read model', () => {
    const doc = createPlanDoc();
    addTaNeed(doc, { topic: 'Data sharing', description: 'MOU with police', priority: 'high' });
    storage.teams.create({ id: 't-real', state: 'OH', name: 'OH team', codeHash: 'h', now: 0 });
    storage.plans.append('t-real', Y.encodeStateAsUpdate(doc), 1_434_000_000_000);
    const docs = new PlanDocs(
      storage,
      DEFAULT_PLAN_SETTINGS,
      () => 0,
      () => {},
    );
    expect(taNeedsOfPlan(docs.view('t-real'))).toEqual({
      needs: [
        {
          id: expect.any(String) as string,
          topic: 'Data sharing',
          description: 'MOU with police',
          priority: 'high',
        },
      ],
      updatedAt: 1_434_000_000_000,
    });
    void docs.close();
  });
});
