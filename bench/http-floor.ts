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
 * Beside it, the same messages over one long-lived TCP connection per
 * device (newline-delimited JSON, node's net, no HTTP): the floor of a
 * transport that carries many syncs per connection, as a WebSocket would,
 * to tell how much a change of transport could save.
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
import { createConnection, createServer, type Socket } from 'node:net';

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

/** One JSON message per line in, one JSON answer per line out, on each connection. */
function runConnectionServer(): void {
  const server = createServer((socket) => {
    let pending = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      pending += chunk;
      for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
        const m = JSON.parse(pending.slice(0, end)) as {
          credential: string;
          stateVector: string;
          update?: string;
        };
        pending = pending.slice(end + 1);
        socket.write(
          JSON.stringify({
            update: m.update ?? '',
            stateVector: m.stateVector,
            serverTime: Date.now(),
            credentialChars: m.credential.length,
          }) + '\n',
        );
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send!(typeof address === 'object' && address ? address.port : 0);
  });
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

/** The same exchange over `perSec` long-lived connections, one message a second on each. */
export async function measureConnectionFloor(
  perSec = PER_SEC,
  seconds = SECONDS,
): Promise<{ messages: number; cpuMsPerMessage: number }> {
  const child = fork(new URL(import.meta.url).pathname, ['connection-server'], {
    execArgv: ['--import', 'tsx'],
  });
  const sockets: Socket[] = [];
  try {
    const port = await new Promise<number>((resolve) =>
      child.once('message', (m) => resolve(m as number)),
    );
    let answers = 0;
    for (let i = 0; i < perSec; i++) {
      const socket = createConnection(port, '127.0.0.1');
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) answers++;
      });
      sockets.push(socket);
    }
    const message =
      JSON.stringify({
        credential: 'c'.repeat(43),
        protocol: 3,
        stateVector: 'A'.repeat(40),
        update: 'B'.repeat(160),
      }) + '\n';
    await new Promise((r) => setTimeout(r, 1000)); // start-up is not the figure
    const before = cpuMs(child.pid!);
    const answered = answers;
    const start = Date.now();
    for (let k = 0; Date.now() - start < seconds * 1000;) {
      for (let i = 0; i < perSec / 10; i++) sockets[k++ % sockets.length]!.write(message);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 500)); // the last answers
    const messages = answers - answered;
    return { messages, cpuMsPerMessage: (cpuMs(child.pid!) - before) / messages };
  } finally {
    for (const s of sockets) s.destroy();
    child.kill();
  }
}

if (process.argv[2] === 'server') {
  runServer();
} else if (process.argv[2] === 'connection-server') {
  runConnectionServer();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureHttpFloor();
  console.log(
    `HTTP floor: ${r.requests} requests at ${PER_SEC}/s, server CPU ${r.cpuMsPerRequest.toFixed(3)} ms a request`,
  );
  const c = await measureConnectionFloor();
  console.log(
    `one connection per device: ${c.messages} messages at ${PER_SEC}/s, server CPU ${c.cpuMsPerMessage.toFixed(3)} ms a message`,
  );
}
