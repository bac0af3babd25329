/**
 * Plan submissions on the real endpoint (issue 17): exactly once per
 * device-made id (also under concurrent retries), resubmissions listed
 * separately, organizers see the submitted version and never later draft
 * edits, who may call what, bad bodies, and the steps and TA-needs CSVs
 * read back cell by cell.
 */
import Papa from 'papaparse';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_TOKEN, type TestServer } from '../../test/endpoint';
import { TestDevice } from '../../test/planSyncKit';
import {
  addGoal,
  addStep,
  addTaNeed,
  goalsArray,
  linkPractice,
  MANDATES,
  notesText,
  setStepField,
  setStepText,
} from '../../../src/domain/plan';
import { toBase64 } from '../../../src/domain/base64';
import { LIBRARY } from '../../../src/content/library';
import { looksLikeFormula } from '../../../src/domain/csv';
import {
  STEPS_CSV_COLUMNS,
  submissionAckSchema,
  submissionDetailSchema,
  submissionsListSchema,
  teamOwnSubmissionsSchema,
} from '../../../src/wire/submissions';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.cleanup());

const organizer = { authorization: `Bearer ${TEST_TOKEN}` };
const json = (credential: string) => ({
  authorization: `Bearer ${credential}`,
  'content-type': 'application/json',
});

let serial = 0;
const newId = () => `submission-${Date.now()}-${++serial}-abcdef`;

async function team(state: string) {
  const res = await fetch(`${srv.url}/api/teams`, {
    method: 'POST',
    headers: { ...organizer, 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  });
  return (await res.json()) as { id: string; joinCode: string };
}

async function member(code: string, name?: string): Promise<TestDevice> {
  const res = await fetch(`${srv.url}/api/teams/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, ...(name ? { name } : {}) }),
  });
  const body = (await res.json()) as { teamId: string; credential: string };
  return new TestDevice(name ?? 'device', {
    apiBase: srv.url,
    teamId: body.teamId,
    credential: body.credential,
  });
}

async function submit(device: TestDevice, id: string, body?: unknown, teamId?: string) {
  const res = await fetch(`${srv.url}/api/plans/${teamId ?? device.link.teamId}/submissions`, {
    method: 'POST',
    headers: json(device.link.credential),
    body: JSON.stringify(body ?? { id, update: toBase64(Y.encodeStateAsUpdate(device.doc)) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function detail(teamId: string, id?: string) {
  const res = await fetch(
    `${srv.url}/api/submissions/${teamId}${id ? `?id=${encodeURIComponent(id)}` : ''}`,
    { headers: organizer },
  );
  return { status: res.status, body: (await res.json()) as unknown };
}

async function list() {
  const res = await fetch(`${srv.url}/api/submissions`, { headers: organizer });
  expect(res.status).toBe(200);
  return submissionsListSchema.parse(await res.json());
}

describe('POST /api/plans/:teamId/submissions', () => {
  it('stores a submission once per id, even with 5 concurrent retries', async () => {
    const t = await team('WA');
    const ana = await member(t.joinCode, 'Ana Ruiz');
    notesText(ana.doc).insert(0, 'Agreed on Thursday.');
    const id = newId();
    const first = await submit(ana, id);
    expect(first.status).toBe(201);
    const ack = submissionAckSchema.parse(first.body);
    expect(ack).toMatchObject({ id, result: 'created', memberName: 'Ana Ruiz' });
    expect(ack.memberId).toMatch(/^[0-9a-f]{16}$/);

    const again = await submit(ana, id);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id, result: 'existing', submittedAt: ack.submittedAt });

    const retries = await Promise.all(Array.from({ length: 5 }, () => submit(ana, id)));
    expect(retries.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);

    // Five concurrent sends of a new id: one 201, four 200, one row.
    const id2 = newId();
    const burst = await Promise.all(Array.from({ length: 5 }, () => submit(ana, id2)));
    expect(burst.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);

    const mine = (await list()).teams.find((x) => x.teamId === t.id)!;
    expect(mine.submissions.map((s) => s.id)).toEqual([id2, id]);
  });

  it('merges the submitted plan into the team plan without losing either side', async () => {
    const t = await team('OR');
    const ana = await member(t.joinCode, 'Ana');
    const ben = await member(t.joinCode, 'Ben');
    notesText(ben.doc).insert(0, 'Ben synced this.');
    expect((await ben.syncAll()).kind).toBe('synced');
    addTaNeed(ana.doc, { topic: 'Only on Ana’s phone' });
    expect((await submit(ana, newId())).status).toBe(201);
    // Ben's next sync brings Ana's submitted change; his text is still there.
    expect((await ben.syncAll()).kind).toBe('synced');
    expect(ben.plan().taNeeds.map((n) => n.topic)).toContain('Only on Ana’s phone');
    expect(ben.notes()).toContain('Ben synced this.');
  });

  it('lists a resubmission separately, newest first, keeping the earlier one readable', async () => {
    const t = await team('ID');
    const ana = await member(t.joinCode, 'Ana');
    notesText(ana.doc).insert(0, 'Version one');
    const goal = goalsArray(ana.doc).get(0).get('id') as string;
    const step = addStep(ana.doc, goal, { text: 'Use a practice' });
    linkPractice(ana.doc, step, LIBRARY.practices[0]!.id);
    const first = newId();
    expect((await submit(ana, first)).status).toBe(201);
    notesText(ana.doc).delete(0, notesText(ana.doc).length);
    notesText(ana.doc).insert(0, 'Version two');
    const second = newId();
    expect((await submit(ana, second)).status).toBe(201);

    const latest = submissionDetailSchema.parse((await detail(t.id)).body);
    expect(latest.submission.id).toBe(second);
    expect(latest.export.plan.notes).toBe('Version two');
    expect(latest.submissions.map((s) => s.id)).toEqual([second, first]);
    // The export carries practice ids; the answer adds their library titles.
    expect(latest.practiceTitles).toEqual({
      [LIBRARY.practices[0]!.id]: LIBRARY.practices[0]!.title,
    });
    const earlier = submissionDetailSchema.parse((await detail(t.id, first)).body);
    expect(earlier.export.plan.notes).toBe('Version one');
    expect(earlier.export.format).toBe('convening-action-plan');
    // The export carries the Yjs state of exactly that version.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Uint8Array.from(Buffer.from(earlier.export.yjs!, 'base64')));
    expect(doc.getText('notes').toString()).toBe('Version one');
    expect((await detail(t.id, 'no-such-submission-id')).status).toBe(404);
  });

  it('shows organizers the submitted version, not draft edits made after it', async () => {
    const t = await team('NV');
    const ana = await member(t.joinCode, 'Ana');
    notesText(ana.doc).insert(0, 'As submitted');
    expect((await submit(ana, newId())).status).toBe(201);
    notesText(ana.doc).insert(0, 'Draft edit after submitting. ');
    addTaNeed(ana.doc, { topic: 'Draft only need' });
    expect((await ana.syncAll()).kind).toBe('synced');

    const shown = submissionDetailSchema.parse((await detail(t.id)).body);
    expect(shown.export.plan.notes).toBe('As submitted');
    expect(shown.export.plan.taNeeds).toEqual([]);
    const figures = (await list()).teams.find((x) => x.teamId === t.id)!.latest!;
    expect(figures.taNeedsByPriority).toEqual({ high: 0, medium: 0, low: 0 });
  });

  it('lets a team read its own submissions and the latest plan, and only its own', async () => {
    const t = await team('UT');
    const other = await team('AZ');
    const ana = await member(t.joinCode, 'Ana');
    const zed = await member(other.joinCode, 'Zed');
    notesText(ana.doc).insert(0, 'Utah');
    const id = newId();
    expect((await submit(ana, id)).status).toBe(201);
    const own = await fetch(`${srv.url}/api/plans/${t.id}/submissions`, {
      headers: json(ana.link.credential),
    });
    const body = teamOwnSubmissionsSchema.parse(await own.json());
    expect(body.submissions.map((s) => s.id)).toEqual([id]);
    expect(body.latestPlan?.notes).toBe('Utah');
    // Zed's credential cannot read or submit for Utah.
    const read = await fetch(`${srv.url}/api/plans/${t.id}/submissions`, {
      headers: json(zed.link.credential),
    });
    expect(read.status).toBe(403);
    expect((await submit(zed, newId(), undefined, t.id)).status).toBe(403);
    // Nor reuse Utah's id for Arizona's submission.
    const reuse = await submit(zed, id);
    expect(reuse.status).toBe(409);
    expect(reuse.body.error).toBe('submission_id_taken');
    expect((await list()).teams.find((x) => x.teamId === other.id)!.submissions).toEqual([]);
  });

  it('refuses malformed and oversize bodies with a clear 4xx', async () => {
    const t = await team('MT');
    const ana = await member(t.joinCode, 'Ana');
    const cases: [unknown, number, RegExp][] = [
      [{ update: 'AAAA' }, 400, /id/],
      [{ id: 'short', update: 'AAAA' }, 400, /id: 16 to 64/],
      [{ id: newId() }, 400, /update/],
      [{ id: newId(), update: 'not base64!' }, 400, /base64/],
      [{ id: newId(), update: toBase64(new Uint8Array([1, 2, 3, 250, 251, 252])) }, 422, /read/],
      [{ id: newId(), update: 'AAAA', extra: 1 }, 400, /extra|Unrecognized|key/i],
    ];
    for (const [body, status, message] of cases) {
      const r = await submit(ana, '', body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      expect(String(r.body.message)).toMatch(message);
    }
    // A document that is not a plan (an unknown top-level part).
    const bad = new Y.Doc();
    bad.getMap('secrets').set('x', 1);
    const notPlan = await submit(ana, '', {
      id: newId(),
      update: toBase64(Y.encodeStateAsUpdate(bad)),
    });
    expect(notPlan.status).toBe(422);
    expect(notPlan.body.error).toBe('invalid_plan');
    // Not JSON, and too large.
    const notJson = await fetch(`${srv.url}/api/plans/${t.id}/submissions`, {
      method: 'POST',
      headers: json(ana.link.credential),
      body: '{"id":',
    });
    expect(notJson.status).toBe(400);
    const huge = await fetch(`${srv.url}/api/plans/${t.id}/submissions`, {
      method: 'POST',
      headers: json(ana.link.credential),
      body: JSON.stringify({ id: newId(), update: 'A'.repeat(8 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { message: string }).message).toMatch(/at most/);
    // Nothing of this was stored.
    expect((await list()).teams.find((x) => x.teamId === t.id)!.submissions).toEqual([]);
  });
});

describe('organizer routes', () => {
  it('refuse no credential and a team credential', async () => {
    const t = await team('WY');
    const ana = await member(t.joinCode, 'Ana');
    expect((await submit(ana, newId())).status).toBe(201);
    for (const path of [
      '/api/submissions',
      `/api/submissions/${t.id}`,
      '/api/steps.csv',
      '/api/ta-needs.csv',
    ]) {
      expect((await fetch(`${srv.url}${path}`)).status, path).toBe(401);
      const asTeam = await fetch(`${srv.url}${path}`, {
        headers: { authorization: `Bearer ${ana.link.credential}` },
      });
      expect(asTeam.status, path).toBe(403);
    }
    const noCredential = await fetch(`${srv.url}/api/plans/${t.id}/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: newId(), update: 'AAAA' }),
    });
    expect(noCredential.status).toBe(401);
  });
});

/** What teams typed, each a known way past a weaker formula guard. */
const HOSTILE = ['=cmd|" /C calc"!A0', '+1', '-1', '@x', '\tTabbed', '\rCarriage', ' =1+1'];

async function parseCsv(res: Response): Promise<string[][]> {
  // Keep the BOM to check it is there (res.text() would drop it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('GET /api/steps.csv and the TA-needs CSV', () => {
  it('lists every step of each latest submission, guarded, cell by cell', async () => {
    // A State whose name sorts first, so its rows come first.
    const t = await team('AK');
    const ana = await member(t.joinCode, 'Ana');
    const firstGoal = goalsArray(ana.doc).get(0).get('id') as string;
    const old = addStep(ana.doc, firstGoal, { text: 'Only in the first submission' });
    expect((await submit(ana, newId())).status).toBe(201);
    // The second submission replaces the first in the CSV.
    setStepText(ana.doc, old, 'text', 'Train every caseworker, then "report"');
    setStepText(ana.doc, old, 'lead', 'Department of Human Services');
    setStepText(ana.doc, old, 'owner', 'Deputy director');
    setStepField(ana.doc, old, 'due', '2015-12-31');
    setStepField(ana.doc, old, 'status', 'in-progress');
    linkPractice(ana.doc, old, 'no-such-practice');
    const own = addGoal(ana.doc, { title: 'Our own goal' });
    for (const text of HOSTILE) addStep(ana.doc, own, { text, lead: text, owner: text });
    addTaNeed(ana.doc, { topic: '=cmd', description: '@x', priority: 'high' });
    const second = await submit(ana, newId());
    expect(second.status).toBe(201);
    const submittedAt = new Date(Number(second.body.submittedAt)).toISOString();
    // A need typed after submitting is listed as not submitted.
    addTaNeed(ana.doc, { topic: '+1', description: 'draft', priority: 'low' });
    expect((await ana.syncAll()).kind).toBe('synced');

    const res = await fetch(`${srv.url}/api/steps.csv`, { headers: organizer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = await parseCsv(res);
    expect(header).toEqual([...STEPS_CSV_COLUMNS]);
    const mine = rows.filter((r) => r[0] === 'AK');
    expect(mine[0]).toEqual([
      'AK',
      expect.any(String),
      MANDATES.find((m) => m.id === ana.plan().goals[0]!.mandateId)!.title,
      'Train every caseworker, then "report"',
      'Department of Human Services',
      '',
      'Deputy director',
      '2015-12-31',
      'In progress',
      'no-such-practice',
      submittedAt,
    ]);
    expect(mine.slice(1).map((r) => r.slice(2, 5))).toEqual(
      HOSTILE.map((text) => ['Our own goal', `'${text}`, `'${text}`]),
    );
    expect(mine.slice(1).map((r) => r[6])).toEqual(HOSTILE.map((text) => `'${text}`));
    expect(mine).toHaveLength(1 + HOSTILE.length);
    for (const cell of rows.flat()) expect(looksLikeFormula(cell)).toBe(false);

    const ta = await fetch(`${srv.url}/api/ta-needs.csv`, { headers: organizer });
    const [taHeader, ...taRows] = await parseCsv(ta);
    expect(taHeader).toEqual([
      'state',
      'team',
      'topic',
      'priority',
      'description',
      'updated',
      'submitted_at',
    ]);
    const needs = taRows.filter((r) => r[0] === 'AK');
    expect(needs.map((r) => [r[2], r[3], r[4], r[6]])).toEqual([
      ["'=cmd", 'high', "'@x", submittedAt],
      ["'+1", 'low', 'draft', 'not submitted'],
    ]);
    for (const cell of taRows.flat()) expect(looksLikeFormula(cell)).toBe(false);
  });
});
