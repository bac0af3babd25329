/** The submission queue and sender: queued offline, sent exactly once after reconnecting. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { db } from '../db/db';
import {
  clearSubmissions,
  getSubmission,
  latestShown,
  queueSubmission,
  type TeamSubmission,
} from '../db/submissions';
import { createPlanDoc } from '../domain/plan/template';
import { readPlan } from '../domain/plan/model';
import { fromBase64 } from '../domain/base64';
import { refreshTeamSubmissions, sendSubmissions } from './submissions';

const link = { teamId: 'team-1', credential: 'cred-1' };
const answer = (status: number, body: unknown = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const ack = (id: string, result = 'created') => ({
  id,
  submittedAt: 1_434_046_320_000,
  memberId: 'abcdef0123456789',
  memberName: 'Ana Ruiz',
  result,
});

async function queued() {
  const doc = createPlanDoc();
  doc.getText('notes').insert(0, 'As confirmed');
  return queueSubmission({
    planId: 'plan-1',
    teamId: link.teamId,
    update: Y.encodeStateAsUpdate(doc),
    plan: readPlan(doc),
  });
}

beforeEach(async () => {
  await clearSubmissions();
  await db.meta.clear();
});

describe('sendSubmissions', () => {
  it('keeps an offline submission queued, then sends it exactly once after reconnecting', async () => {
    const row = await queued();
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await sendSubmissions('plan-1', link, offline as unknown as typeof fetch)).toBe(
      'waiting',
    );
    expect(offline).toHaveBeenCalledTimes(1);
    expect(await getSubmission(row.id)).toMatchObject({ sent: 0 });

    const bodies: { id: string; update: string }[] = [];
    const online = vi.fn(async (_url: string, init: RequestInit) => {
      // After a send the device reads the team's list once (a GET, no body).
      if (init.method !== 'POST') return answer(200, { submissions: [], latestPlan: null });
      bodies.push(JSON.parse(String(init.body)) as { id: string; update: string });
      return answer(201, ack(row.id));
    });
    // Reconnecting fires several triggers at once (online event, sync, timer): one request.
    const runs = await Promise.all([
      sendSubmissions('plan-1', link, online as unknown as typeof fetch),
      sendSubmissions('plan-1', link, online as unknown as typeof fetch),
    ]);
    expect(runs).toEqual(['done', 'done']);
    await sendSubmissions('plan-1', link, online as unknown as typeof fetch);
    const posts = online.mock.calls.filter(([, init]) => init.method === 'POST');
    expect(posts).toHaveLength(1);
    const [url, init] = posts[0]!;
    expect(url).toMatch(/\/api\/plans\/team-1\/submissions$/);
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer cred-1');
    expect(bodies[0]!.id).toBe(row.id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64(bodies[0]!.update));
    expect(doc.getText('notes').toString()).toBe('As confirmed');
    expect(await getSubmission(row.id)).toMatchObject({
      sent: 1,
      submittedAt: 1_434_046_320_000,
      memberName: 'Ana Ruiz',
    });
  });

  it('resends the same id after a lost answer or a 503, never a new one', async () => {
    const row = await queued();
    const ids: string[] = [];
    let call = 0;
    const flaky = vi.fn(async (_url: string, init: RequestInit) => {
      ids.push((JSON.parse(String(init.body)) as { id: string }).id);
      call += 1;
      if (call === 1) throw new TypeError('connection reset'); // the answer was lost
      if (call === 2) return answer(503, { message: 'busy' });
      return answer(200, ack(row.id, 'existing'));
    });
    for (let i = 0; i < 3; i++)
      await sendSubmissions('plan-1', link, flaky as unknown as typeof fetch);
    expect(ids).toEqual([row.id, row.id, row.id]);
    expect(await getSubmission(row.id)).toMatchObject({ sent: 1 });
  });

  it('keeps a refusal for good on the row and stops sending it', async () => {
    const row = await queued();
    await sendSubmissions('plan-1', link, (async () =>
      answer(422, { message: 'The plan no longer reads as a plan.' })) as unknown as typeof fetch);
    expect(await getSubmission(row.id)).toMatchObject({
      sent: 0,
      refused: 'The plan no longer reads as a plan.',
    });
    const again = vi.fn(async () => answer(201, ack(row.id)));
    await sendSubmissions('plan-1', link, again as unknown as typeof fetch);
    expect(again).not.toHaveBeenCalled();
  });
});

describe('the submission the plan screen shows', () => {
  it('learns a teammate’s later submission and shows it over this device’s', async () => {
    const own = await queued();
    expect(latestShown(own, undefined)).toBe(own); // queued: "waiting to be sent"
    const sentOwn = { ...own, sent: 1 as const, submittedAt: 1_000, memberName: 'Ana' };
    const plan = readPlan(createPlanDoc());
    const list = vi.fn(async () =>
      answer(200, {
        submissions: [{ id: 'x'.repeat(20), submittedAt: 2_000, memberId: 'b', memberName: 'Ben' }],
        latestPlan: plan,
      }),
    );
    await refreshTeamSubmissions('plan-1', link, list as unknown as typeof fetch);
    const [url, init] = list.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toMatch(/\/api\/plans\/team-1\/submissions$/);
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer cred-1');
    const team = (await db.meta.get('team-submission:plan-1'))?.value as TeamSubmission;
    expect(team.latest).toMatchObject({ submittedAt: 2_000, memberName: 'Ben' });
    expect(latestShown(sentOwn, team)).toMatchObject({ submittedAt: 2_000, memberName: 'Ben' });
    expect(latestShown({ ...sentOwn, submittedAt: 3_000 }, team)).toMatchObject({
      memberName: 'Ana',
    });
    expect(latestShown(undefined, undefined)).toBeNull();
  });
});
