// The endpoint's 422 answers name each problem in English (zod/mini alone says only "Invalid input").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../src/domain/agenda';
import { startTestServer, TEST_TOKEN, type TestServer } from '../test/endpoint';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.cleanup());

describe('schema problem messages', () => {
  it('says what is wrong with a field, not just that it is invalid', async () => {
    const before = (await (await fetch(`${srv.url}/api/agenda`)).json()) as Agenda;
    const sessions = before.sessions.map((s, i) =>
      i === 0 ? { ...s, title: 'x'.repeat(201) } : s,
    );
    const res = await fetch(`${srv.url}/api/agenda`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${TEST_TOKEN}`,
        'Content-Type': 'application/json',
        'If-Match': `"${before.version}"`,
      },
      body: JSON.stringify({ ...before, sessions }),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { issues: { path: string; message: string }[] };
    const issue = body.issues.find((i) => i.path === 'sessions.0.title');
    expect(issue?.message).toMatch(/200/);
    expect(issue?.message).not.toBe('Invalid input');
  });
});
