// POST /api/evaluations (anyone) and the organizer's figures and CSV, against
// the real endpoint with its clock set to moments of the convening.
import Papa from 'papaparse';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, TEST_TOKEN, type TestServer } from '../../test/endpoint';
import { ROUTE_MODULES } from '../app';
import * as evaluations from './evaluations';

/** Event time is EDT (UTC-4) in June 2015. */
const at = (local: string) => new Date(`${local}:00-04:00`).getTime();
let clock = at('2015-06-10T09:05');
let server: TestServer;
let seq = 0;
const newId = () => `device-eval-${String(++seq).padStart(6, '0')}-abcdef`;
const organizer = { authorization: `Bearer ${TEST_TOKEN}` };

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date(clock) });
});
afterAll(async () => {
  await server.cleanup();
});
beforeEach(() => {
  clock = at('2015-06-10T09:05');
  server.storage.db.exec('DELETE FROM evaluations');
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/evaluations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function figures() {
  const res = await fetch(`${server.url}/api/evaluations`, { headers: organizer });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    sessions: {
      sessionId: string;
      count: number;
      mean: number | null;
      distribution: number[];
      comments: string[];
    }[];
    overall: {
      count: number;
      questions: { key: string; mean: number | null }[];
      comments: string[];
    };
  };
}
const sessionFigures = async (id: string) =>
  (await figures()).sessions.find((s) => s.sessionId === id)!;

describe('POST /api/evaluations', () => {
  it('refuses a rating before the session starts, saying when it opens', async () => {
    const res = await post({ id: newId(), sessionId: 'd1-the-act', rating: 4 });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('evaluation_not_open');
    expect(body.message).toContain('once it starts (Wed 9:30 AM, event time)');
    expect((await sessionFigures('d1-the-act')).count).toBe(0);
  });

  it('stores a rating once the session started; the same id replaces it, never counts twice', async () => {
    const id = newId();
    const first = await post({ id, sessionId: 'd1-welcome', rating: 2, comment: 'Too short' });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ id, result: 'created' });
    const again = await post({ id, sessionId: 'd1-welcome', rating: 2, comment: 'Too short' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id, result: 'replaced' });
    const changed = await post({ id, sessionId: 'd1-welcome', rating: 5 });
    expect(changed.status).toBe(200);
    const f = await sessionFigures('d1-welcome');
    expect(f).toMatchObject({ count: 1, mean: 5, distribution: [0, 0, 0, 0, 1], comments: [] });
  });

  it('counts five concurrent retries of one evaluation once', async () => {
    const body = { id: newId(), sessionId: 'd1-welcome', rating: 4 };
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(body)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await sessionFigures('d1-welcome')).toMatchObject({ count: 1, mean: 4 });
  });

  it('gives exact counts, means and distributions across devices', async () => {
    for (const rating of [5, 4, 4, 1]) {
      expect((await post({ id: newId(), sessionId: 'd1-welcome', rating })).status).toBe(201);
    }
    expect(await sessionFigures('d1-welcome')).toMatchObject({
      count: 4,
      mean: 3.5,
      distribution: [1, 0, 0, 2, 1],
    });
  });

  it('answers malformed, oversize and out-of-range bodies with a 4xx naming the problem', async () => {
    const cases: [unknown, number, RegExp][] = [
      ['{not json', 400, /not valid JSON/],
      [{ id: newId(), sessionId: 'd1-welcome', rating: 6 }, 400, /rating/],
      [{ id: newId(), sessionId: 'd1-welcome', rating: 0 }, 400, /rating/],
      [{ id: newId(), sessionId: 'd1-welcome', rating: 2.5 }, 400, /rating/],
      [{ id: 'short', sessionId: 'd1-welcome', rating: 3 }, 400, /id/],
      [{ id: newId(), sessionId: 'd1-welcome', rating: 3, extra: 1 }, 400, /Bad evaluation/],
      [{ id: newId(), sessionId: 'no-such-session', rating: 3 }, 422, /no such session/],
      [
        { id: newId(), sessionId: 'd1-welcome', rating: 3, comment: 'x'.repeat(9000) },
        413,
        /at most/,
      ],
      [
        { id: newId(), sessionId: 'd1-welcome', rating: 3, comment: 'x'.repeat(2001) },
        400,
        /comment/,
      ],
    ];
    for (const [body, status, message] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    expect((await post('{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await sessionFigures('d1-welcome')).count).toBe(0);
  });

  it('refuses an id already used for another session', async () => {
    const id = newId();
    expect((await post({ id, sessionId: 'd1-welcome', rating: 3 })).status).toBe(201);
    clock = at('2015-06-10T10:00');
    const res = await post({ id, sessionId: 'd1-the-act', rating: 3 });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toBe('evaluation_id_taken');
  });

  it('takes the overall evaluation from the last afternoon, and changes only until the event ends', async () => {
    const id = newId();
    const overall = { id, kind: 'overall', answers: { plan: 5, practices: 4, planningTime: 2 } };
    clock = at('2015-06-11T11:59');
    expect((await post(overall)).status).toBe(422);
    clock = at('2015-06-11T12:00');
    expect((await post({ ...overall, comment: 'More planning time' })).status).toBe(201);
    const f = (await figures()).overall;
    expect(f.count).toBe(1);
    expect(f.questions.map((q) => [q.key, q.mean])).toEqual([
      ['plan', 5],
      ['practices', 4],
      ['planningTime', 2],
    ]);
    expect(f.comments).toEqual(['More planning time']);
    clock = at('2015-06-12T00:01');
    const late = await post({ ...overall, answers: { plan: 1, practices: 1, planningTime: 1 } });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: string }).error).toBe('evaluation_closed');
    expect((await post({ ...overall, id: newId() })).status).toBe(201);
  });
});

describe('the per-address limit', () => {
  const LIMIT = 20;
  let limited: TestServer;
  beforeAll(async () => {
    // The same endpoint with a small budget, so the test needs 21 requests, not 601.
    limited = await startTestServer({
      now: () => new Date(clock),
      modules: ROUTE_MODULES.map((m) =>
        m === evaluations ? { register: (app, deps) => evaluations.register(app, deps, LIMIT) } : m,
      ),
    });
  });
  afterAll(async () => {
    await limited.cleanup();
  });

  it('answers 429 with Retry-After past the budget, and takes evaluations again a minute later', async () => {
    const send = () =>
      fetch(`${limited.url}/api/evaluations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: newId(), sessionId: 'd1-welcome', rating: 3 }),
      });
    for (let i = 0; i < LIMIT; i++) expect((await send()).status).toBe(201);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toBe('too_many_evaluations');
    clock += 61_000;
    expect((await send()).status).toBe(201);
  });
});

describe('organizer figures and CSV', () => {
  it('refuse no credential, a wrong one and a team credential', async () => {
    const created = await fetch(`${server.url}/api/teams`, {
      method: 'POST',
      headers: { ...organizer, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'OR' }),
    });
    const { joinCode } = (await created.json()) as { joinCode: string };
    const joined = await fetch(`${server.url}/api/teams/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: joinCode }),
    });
    const { credential } = (await joined.json()) as { credential: string };
    for (const path of ['/api/evaluations', '/api/evaluations.csv']) {
      expect((await fetch(`${server.url}${path}`)).status).toBe(401);
      const wrong = { authorization: 'Bearer not-the-token' };
      expect((await fetch(`${server.url}${path}`, { headers: wrong })).status).toBe(403);
      const team = { authorization: `Bearer ${credential}` };
      expect((await fetch(`${server.url}${path}`, { headers: team })).status).toBe(403);
    }
  });

  it('writes every evaluation as CSV, cell by cell, formulas guarded', async () => {
    const hostile = '=HYPERLINK("http://evil","x")';
    expect(
      (await post({ id: newId(), sessionId: 'd1-welcome', rating: 4, comment: hostile })).status,
    ).toBe(201);
    expect(
      (await post({ id: newId(), sessionId: 'd1-welcome', rating: 2, comment: '\n=1+1' })).status,
    ).toBe(201);
    clock = at('2015-06-11T13:00');
    const overall = { plan: 3, practices: 5, planningTime: 4 };
    expect((await post({ id: newId(), kind: 'overall', answers: overall })).status).toBe(201);
    const res = await fetch(`${server.url}/api/evaluations.csv`, { headers: organizer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'kind',
      'session id',
      'session',
      'session start (event time)',
      'room',
      'rating',
      'How useful was the convening for your State’s action plan?',
      'How useful were the practice examples?',
      'How useful was the State team planning time?',
      'comment',
      'given at',
      'last changed at',
    ]);
    expect(rows).toHaveLength(4);
    const [a, b, c] = rows.slice(1);
    expect(a!.slice(0, 10)).toEqual([
      'session',
      'd1-welcome',
      expect.any(String),
      '2015-06-10T09:00',
      expect.any(String),
      '4',
      '',
      '',
      '',
      `'${hostile}`,
    ]);
    expect(b![9]).toBe("'=1+1");
    expect(c!.slice(0, 10)).toEqual(['overall', '', '', '', '', '', '3', '5', '4', '']);
    expect(a![10]).toBe(new Date(at('2015-06-10T09:05')).toISOString());
  });
});
