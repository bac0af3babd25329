/**
 * Publish-to-banner time on loopback: starts the real endpoint (child
 * process, temp data dir, serving dist/), connects DEVICES event-stream
 * clients in Node (streaming fetch of GET /api/events) plus one real
 * Chromium page, then publishes ROUNDS agenda changes with PUT /api/agenda.
 * For each Node client it times PUT start → `agenda` event received → the
 * new agenda fetched (GET /api/agenda with If-None-Match, 200); for the page,
 * PUT start → the change banner visible. Prints median, 95th percentile and
 * slowest.
 *
 *   npx vite build && node --import tsx bench/publish-to-banner.ts
 *   DEVICES=200 ROUNDS=5 node --import tsx bench/publish-to-banner.ts
 *
 * Bounded: at most 1000 clients and 20 rounds, each round at most 30 s,
 * 127.0.0.1 only.
 */
import { chromium } from '@playwright/test';
import type { Agenda } from '../src/domain/agenda';
import { publishAgenda, removeDataDir, startServer } from '../tests/e2e/server';

const DEVICES = Math.min(Number(process.env.DEVICES) || 200, 1000);
const ROUNDS = Math.min(Number(process.env.ROUNDS) || 5, 20);
const ROUND_TIMEOUT_MS = 30_000;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

interface Client {
  etag: string;
  /** ms from the round's start to this client's `agenda` event. */
  eventMs?: number;
  /** Resolves with ms from the round's start once this client has the new agenda. */
  waiter?: (ms: number) => void;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(label: string, values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const f = (n: number) => `${n.toFixed(0)} ms`;
  return `${label}: n=${s.length} median ${f(percentile(s, 50))}, p95 ${f(percentile(s, 95))}, slowest ${f(s[s.length - 1]!)}`;
}

export interface PublishFigures {
  devices: number;
  rounds: number;
  eventMedianMs: number;
  eventSlowestMs: number;
  fetchedMedianMs: number;
  fetchedSlowestMs: number;
  bannerMedianMs: number;
  bannerSlowestMs: number;
}

function stats(values: number[]): { median: number; slowest: number } {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return { median: percentile(s, 50), slowest: s[s.length - 1]! };
}

export async function measurePublishToBanner(
  devices = DEVICES,
  rounds = ROUNDS,
): Promise<PublishFigures> {
  // Every device comes from 127.0.0.1 here: the per-address caps on
  // connections (400) and anonymous event streams (200) are for the real
  // world; with them the page's own stream was the one refused.
  const server = await startServer({
    env: { MAX_CONNECTIONS_PER_ADDRESS: '0', SSE_MAX_PER_ADDRESS: '5000' },
  });
  const stop = new AbortController();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  let roundStart = 0;
  try {
    const first = (await (await fetch(`${server.url}/api/agenda`)).json()) as Agenda;
    const clients: Client[] = [];

    const connect = async (client: Client) => {
      const res = await fetch(`${server.url}/api/events`, { signal: stop.signal });
      if (!res.ok || !res.body) throw new Error(`events answered ${res.status}`);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buf += value;
            let end: number;
            while ((end = buf.indexOf('\n\n')) >= 0) {
              const block = buf.slice(0, end);
              buf = buf.slice(end + 2);
              if (/^event: agenda$/m.test(block)) void onAgendaEvent(client);
            }
          }
        } catch {
          // Aborted at the end of the run.
        }
      })();
    };
    const onAgendaEvent = async (client: Client) => {
      client.eventMs = performance.now() - roundStart;
      const res = await fetch(`${server.url}/api/agenda`, {
        headers: { 'If-None-Match': client.etag },
      });
      if (res.status !== 200) return;
      await res.arrayBuffer();
      client.etag = res.headers.get('ETag') ?? client.etag;
      client.waiter?.(performance.now() - roundStart);
    };

    for (let i = 0; i < devices; i++) {
      const c: Client = { etag: `"${first.version}"` };
      clients.push(c);
    }
    // Connect in batches so the accept queue is not the thing measured.
    for (let i = 0; i < clients.length; i += 50) {
      await Promise.all(clients.slice(i, i + 50).map(connect));
    }
    await new Promise((r) => setTimeout(r, 500));

    const page = await (await browser.newContext()).newPage();
    const stream = page.waitForRequest((r) => r.url().includes('/api/events'));
    await page.goto(`${server.url}/`);
    await stream;
    await page.waitForTimeout(1000);

    const nodeTimes: number[] = [];
    const eventTimes: number[] = [];
    const pageTimes: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const cur = (await (await fetch(`${server.url}/api/agenda`)).json()) as Agenda;
      const target = cur.sessions[round % cur.sessions.length]!;
      const room = `Bench room ${round}`;
      const got = clients.map(
        (c) =>
          new Promise<number>((resolve, reject) => {
            const t = setTimeout(() => reject(new Error('client timed out')), ROUND_TIMEOUT_MS);
            c.waiter = (ms) => {
              clearTimeout(t);
              c.waiter = undefined;
              resolve(ms);
            };
          }),
      );
      const banner = page
        .getByRole('region', { name: /The agenda changed/ })
        .filter({ hasText: room })
        .waitFor({ timeout: ROUND_TIMEOUT_MS })
        .then(() => performance.now() - roundStart);
      // If the round fails before these settle, their later rejections must
      // not go unhandled: that ends the process before `finally` stops the
      // endpoint, which then outlives the bench.
      for (const p of [...got, banner]) p.catch(() => undefined);
      roundStart = performance.now();
      const res = await publishAgenda(server.url, cur, {
        ...cur,
        sessions: cur.sessions.map((s) => (s.id === target.id ? { ...s, room } : s)),
      });
      if (res.status !== 200) throw new Error(`publish answered ${res.status}`);
      const times = await Promise.all(got);
      const pageMs = await banner;
      nodeTimes.push(...times);
      eventTimes.push(...clients.map((c) => c.eventMs ?? NaN));
      pageTimes.push(pageMs);
      console.log(
        `round ${round}: ${summary(`${devices} stream clients`, times)}; Chromium banner ${pageMs.toFixed(0)} ms`,
      );
      await page.getByRole('button', { name: 'Got it' }).click();
    }
    console.log('');
    console.log(summary(`All rounds, ${devices} Node clients (event received)`, eventTimes));
    console.log(summary(`All rounds, ${devices} Node clients (event + agenda fetched)`, nodeTimes));
    console.log(summary('All rounds, Chromium page (banner visible)', pageTimes));
    const ev = stats(eventTimes);
    const fe = stats(nodeTimes);
    const ba = stats(pageTimes);
    return {
      devices,
      rounds,
      eventMedianMs: ev.median,
      eventSlowestMs: ev.slowest,
      fetchedMedianMs: fe.median,
      fetchedSlowestMs: fe.slowest,
      bannerMedianMs: ba.median,
      bannerSlowestMs: ba.slowest,
    };
  } finally {
    stop.abort();
    await browser.close();
    await server.stop();
    removeDataDir(server.dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measurePublishToBanner().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
