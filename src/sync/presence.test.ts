/**
 * The device's presence client with fake timers (no sleeps): it says where
 * the user is (debounced focus, heartbeats, leave), keeps only its own
 * team's list, and lets an entry go by its own clock when no heartbeat
 * renews it (a teammate went offline or the stream dropped).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FOCUS_DEBOUNCE_MS, PresenceClient } from './presence';
import { PRESENCE_HEARTBEAT_MS, PRESENCE_TTL_MS } from '../wire/presence';

let bodies: Record<string, unknown>[];
beforeEach(() => {
  vi.useFakeTimers();
  bodies = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)) as Record<string, unknown>);
      return new Response(null, { status: 204 });
    }),
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const link = { teamId: 't1', credential: 'c' };
const entry = (name: string, field: string | null, expiresInMs = PRESENCE_TTL_MS) => ({
  memberId: `m-${name}`,
  name,
  role: null,
  field,
  expiresInMs,
});

describe('PresenceClient', () => {
  it('says where the user is: at start, when the focus settles, on a heartbeat, on leaving', async () => {
    const client = new PresenceClient(link, { session: 'session-123' });
    client.start();
    await vi.advanceTimersByTimeAsync(1);
    expect(bodies).toEqual([{ session: 'session-123', field: null }]);
    client.focus('plan-title');
    client.focus('plan-notes'); // tabbing on: only where it settles is sent
    await vi.advanceTimersByTimeAsync(FOCUS_DEBOUNCE_MS + 1);
    expect(bodies.slice(1)).toEqual([{ session: 'session-123', field: 'plan-notes' }]);
    await vi.advanceTimersByTimeAsync(PRESENCE_HEARTBEAT_MS);
    expect(bodies).toHaveLength(3);
    client.stop();
    await vi.advanceTimersByTimeAsync(1);
    expect(bodies.at(-1)).toEqual({ session: 'session-123', field: 'plan-notes', leave: true });
    await vi.advanceTimersByTimeAsync(PRESENCE_HEARTBEAT_MS * 3);
    expect(bodies).toHaveLength(4);
  });

  it("keeps its own team's list and lets entries expire by its own clock", async () => {
    const client = new PresenceClient(link, { session: 'session-123' });
    const seen: number[] = [];
    client.subscribe(() => seen.push(client.getSnapshot().length));
    client.receive({ teamId: 't2', present: [entry('Other team', 'plan-title')] });
    expect(client.getSnapshot()).toEqual([]);
    client.receive({
      teamId: 't1',
      present: [entry('Ana', 'plan-title'), entry('Ben', null, 5_000)],
    });
    expect(client.getSnapshot().map((p) => [p.name, p.field])).toEqual([
      ['Ana', 'plan-title'],
      ['Ben', null],
    ]);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(client.getSnapshot().map((p) => p.name)).toEqual(['Ana']);
    // No heartbeat from Ana arrives (she went offline): gone at her expiry.
    await vi.advanceTimersByTimeAsync(PRESENCE_TTL_MS);
    expect(client.getSnapshot()).toEqual([]);
    expect(seen.at(-1)).toBe(0);
    client.receive({ teamId: 't1', present: 'garbage' });
    expect(client.getSnapshot()).toEqual([]);
  });
});
