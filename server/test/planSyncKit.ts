/**
 * Test kit for the sync scenarios: spawns the real endpoint as a child
 * process (so tests can kill -9 it), creates teams, and models a device as a
 * Y.Doc with an in-memory outbox driven by the real client exchange
 * (src/sync/planSync.ts syncOnce), exactly as the app's Dexie outbox is.
 */
import * as Y from 'yjs';
import { ORGANIZER_TOKEN, startServer, type RunningServer } from '../../tests/e2e/server';
import {
  syncOnce,
  type FetchLike,
  type OutboxEntry,
  type SyncOutcome,
  type TeamLink,
} from '../../src/sync/planSync';
import { createPlanDoc } from '../../src/domain/plan/template';
import { readPlan } from '../../src/domain/plan/model';

export { ORGANIZER_TOKEN, startServer, type RunningServer };

export async function createTeam(
  url: string,
  state = 'VA',
): Promise<{ id: string; joinCode: string }> {
  const res = await fetch(`${url}/api/teams`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ORGANIZER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ state }),
  });
  if (res.status !== 201) throw new Error(`create team: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; joinCode: string };
}

export async function joinTeam(
  url: string,
  code: string,
  headers: Record<string, string> = {},
  member: { name?: string } = {},
) {
  const res = await fetch(`${url}/api/teams/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ code, ...member }),
  });
  return res;
}

export class TestDevice {
  doc: Y.Doc;
  outbox: (OutboxEntry & { sent: boolean })[] = [];
  private seq = 0;
  link: TeamLink;

  constructor(
    public name: string,
    link: TeamLink,
    doc: Y.Doc = createPlanDoc(),
  ) {
    this.link = { ...link };
    this.doc = doc;
    // The template is a local change too: a device's plan starts unsent.
    this.outbox.push({ seq: ++this.seq, update: Y.encodeStateAsUpdate(doc), sent: false });
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      this.outbox.push({ seq: ++this.seq, update, sent: false });
    });
  }

  unsentCount(): number {
    return this.outbox.filter((e) => !e.sent).length;
  }

  sync(opts: { fetch?: FetchLike; timeoutMs?: number } = {}): Promise<SyncOutcome> {
    return syncOnce(
      {
        unsent: async () =>
          this.outbox.filter((e) => !e.sent).map(({ seq, update }) => ({ seq, update })),
        markSent: async (seqs) => {
          const set = new Set(seqs);
          for (const e of this.outbox) if (set.has(e.seq)) e.sent = true;
        },
        stateVector: () => Y.encodeStateVector(this.doc),
        fullState: () => Y.encodeStateAsUpdate(this.doc),
        applyRemote: (u) => Y.applyUpdate(this.doc, u, 'remote'),
      },
      this.link,
      { ...opts, clientId: this.name },
    ).then((r) => {
      if (r.kind === 'synced') this.link.needsFullPush = false;
      return r;
    });
  }

  /** Sync until nothing is left to push (bounded). */
  async syncAll(max = 20): Promise<SyncOutcome> {
    let last: SyncOutcome | undefined;
    for (let i = 0; i < max; i++) {
      last = await this.sync();
      if (last.kind !== 'synced' || (!last.more && this.unsentCount() === 0)) return last;
    }
    return last!;
  }

  notes(): string {
    return this.doc.getText('notes').toString();
  }

  typeNotes(fragment: string, at?: number) {
    const t = this.doc.getText('notes');
    t.insert(at ?? t.length, fragment);
  }

  plan() {
    return readPlan(this.doc);
  }
}

/** A joined device on `url` for the team with this code (`memberName`: the name its user gives). */
export async function joinedDevice(
  url: string,
  code: string,
  name: string,
  memberName?: string,
): Promise<TestDevice> {
  const res = await joinTeam(url, code, {}, memberName ? { name: memberName } : {});
  if (!res.ok) throw new Error(`join: ${res.status} ${await res.text()}`);
  const { teamId, credential } = (await res.json()) as { teamId: string; credential: string };
  return new TestDevice(name, { apiBase: url, teamId, credential });
}

export async function serverPlan(device: TestDevice): Promise<Y.Doc> {
  // A fresh device with an empty doc asks for everything.
  const probe = new TestDevice('probe', { ...device.link, needsFullPush: false }, new Y.Doc());
  probe.outbox = [];
  const r = await probe.sync();
  if (r.kind !== 'synced') throw new Error(`probe sync: ${JSON.stringify(r)}`);
  return probe.doc;
}

/** Deterministic PRNG (mulberry32) for seeded tests. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function docsEqual(a: Y.Doc, b: Y.Doc): boolean {
  return JSON.stringify(readPlan(a)) === JSON.stringify(readPlan(b));
}

/** One raw sync request with `update` (bytes) and the device's state vector; the parsed answer. */
export async function rawSync(
  device: TestDevice,
  update: Uint8Array | undefined,
  stateVector: Uint8Array = Y.encodeStateVector(device.doc),
): Promise<{ status: number; body: { error?: string; message?: string; update?: string } }> {
  const { apiBase, teamId, credential } = device.link;
  const res = await fetch(`${apiBase}/api/plans/${teamId}/sync`, {
    method: 'POST',
    headers: { authorization: `Bearer ${credential}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      protocol: 1,
      stateVector: Buffer.from(stateVector).toString('base64'),
      ...(update ? { update: Buffer.from(update).toString('base64') } : {}),
    }),
  });
  return { status: res.status, body: (await res.json()) as { error?: string; message?: string } };
}
