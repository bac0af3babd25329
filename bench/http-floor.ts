/**
 * What the HTTP part of a sync costs on its own: a Hono app on
 * @hono/node-server (the endpoint's stack) whose one route reads the
 * Authorization header and a JSON body the size of a keystroke sync, and
 * answers JSON of about the same size; nothing else. Driven at the planning
 * hour's rate (PER_SEC requests a second over keep-alive connections, as
 * the devices' fetch makes them) for SECONDS seconds, it reports the
 * server process's CPU time per request (/proc/<pid>/stat): the part of
 * bench/planning-hour.ts's "CPU per sync" that no change to the sync itself
 * can remove.
 *
 *   node --import tsx bench/http-floor.ts
 *   PER_SEC=100 SECONDS=10 node --import tsx bench/http-floor.ts
 *
 * Bounded: at most 1,000 requests a second for 60 s, 127.0.0.1 only.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';

const PER_SEC = Math.min(Number(process.env.PER_SEC) || 275, 1000);
const SECONDS = Math.min(Number(process.env.SECONDS) || 20, 60);

function runServer(): void {
  const app = new Hono();
  app.post('/api/plans/:teamId/sync', async (c) => {
    const credential = c.req.header('authorization') ?? '';
    const body = (await c.req.json()) as { stateVector: string; update?: string };
    return c.json({
      update: body.update ?? '',
      stateVector: body.stateVector,
      serverTime: Date.now(),
      credentialChars: credential.length,
    });
  });
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send!(info.port));
}

/** The process's user + system CPU time in ms (Linux clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}

export async function measureHttpFloor(
  perSec = PER_SEC,
  seconds = SECONDS,
): Promise<{ requests: number; cpuMsPerRequest: number }> {
  const child = fork(new URL(import.meta.url).pathname, ['server'], {
    execArgv: ['--import', 'tsx'],
  });
  try {
    const port = await new Promise<number>((resolve) =>
      child.once('message', (m) => resolve(m as number)),
    );
    // A keystroke sync's body: a state vector and a small update, base64 in JSON.
    const body = JSON.stringify({
      protocol: 3,
      stateVector: 'A'.repeat(40),
      update: 'B'.repeat(160),
    });
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${'c'.repeat(43)}`,
    };
    await new Promise((r) => setTimeout(r, 1000)); // start-up is not the figure
    const before = cpuMs(child.pid!);
    let requests = 0;
    const pending: Promise<unknown>[] = [];
    const start = Date.now();
    while (Date.now() - start < seconds * 1000) {
      for (let i = 0; i < perSec / 10; i++) {
        const url = `http://127.0.0.1:${port}/api/plans/t${i % 55}/sync`;
        pending.push(
          fetch(url, { method: 'POST', headers, body })
            .then((r) => r.text())
            .then(() => requests++),
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all(pending);
    return { requests, cpuMsPerRequest: (cpuMs(child.pid!) - before) / requests };
  } finally {
    child.kill();
  }
}

if (process.argv[2] === 'server') {
  runServer();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureHttpFloor();
  console.log(
    `HTTP floor: ${r.requests} requests at ${PER_SEC}/s, server CPU ${r.cpuMsPerRequest.toFixed(3)} ms a request`,
  );
}
