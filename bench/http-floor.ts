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
import { createConnection, createServer, type Socket } from 'node:net';
import { cpuMs } from './procStats';

const PER_SEC = Math.min(Number(process.env.PER_SEC) || 275, 1000);
const SECONDS = Math.min(Number(process.env.SECONDS) || 20, 60);

/** A keystroke sync's message: a state vector and a small update, base64 in JSON. */
const SYNC_FIELDS = { protocol: 3, stateVector: 'A'.repeat(40), update: 'B'.repeat(160) };
const CREDENTIAL = 'c'.repeat(43);

interface SyncMessage {
  stateVector: string;
  update?: string;
}

/** What both servers answer: about the size of the message, as a sync's answer is. */
const answer = (m: SyncMessage, credential: string) => ({
  update: m.update ?? '',
  stateVector: m.stateVector,
  serverTime: Date.now(),
  credentialChars: credential.length,
});

function runServer(): void {
  const app = new Hono();
  app.post('/api/plans/:teamId/sync', async (c) =>
    c.json(answer(await c.req.json<SyncMessage>(), c.req.header('authorization') ?? '')),
  );
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
        const m = JSON.parse(pending.slice(0, end)) as SyncMessage & { credential: string };
        pending = pending.slice(end + 1);
        socket.write(JSON.stringify(answer(m, m.credential)) + '\n');
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send!(typeof address === 'object' && address ? address.port : 0);
  });
}

/** Forks this file as one of the servers; resolves with it and its port. */
async function startFloorServer(mode: 'server' | 'connection-server') {
  const child = fork(new URL(import.meta.url).pathname, [mode], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (m) => resolve(m as number)),
  );
  return { child, port };
}

/**
 * Calls `send` perSec times a second (in tenths) for `seconds` seconds, after
 * a second for start-up (not the figure); returns the server's CPU ms over
 * the paced part and after `settle` (the last answers).
 */
async function pacedCpuMs(
  pid: number,
  perSec: number,
  seconds: number,
  send: (i: number) => void,
  settle: () => Promise<unknown>,
): Promise<number> {
  await new Promise((r) => setTimeout(r, 1000));
  const before = cpuMs(pid);
  const start = Date.now();
  for (let i = 0; Date.now() - start < seconds * 1000;) {
    for (let k = 0; k < perSec / 10; k++) send(i++);
    await new Promise((r) => setTimeout(r, 100));
  }
  await settle();
  const after = cpuMs(pid);
  return after.user + after.system - before.user - before.system;
}

export async function measureHttpFloor(
  perSec = PER_SEC,
  seconds = SECONDS,
): Promise<{ requests: number; cpuMsPerRequest: number }> {
  const { child, port } = await startFloorServer('server');
  try {
    const body = JSON.stringify(SYNC_FIELDS);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${CREDENTIAL}` };
    let requests = 0;
    const pending: Promise<unknown>[] = [];
    const cpu = await pacedCpuMs(
      child.pid!,
      perSec,
      seconds,
      (i) =>
        pending.push(
          fetch(`http://127.0.0.1:${port}/api/plans/t${i % 55}/sync`, {
            method: 'POST',
            headers,
            body,
          })
            .then((r) => r.text())
            .then(() => requests++),
        ),
      () => Promise.all(pending),
    );
    return { requests, cpuMsPerRequest: cpu / requests };
  } finally {
    child.kill();
  }
}

/** The same exchange over `perSec` long-lived connections, one message a second on each. */
export async function measureConnectionFloor(
  perSec = PER_SEC,
  seconds = SECONDS,
): Promise<{ messages: number; cpuMsPerMessage: number }> {
  const { child, port } = await startFloorServer('connection-server');
  const sockets: Socket[] = [];
  try {
    let answers = 0;
    for (let i = 0; i < perSec; i++) {
      const socket = createConnection(port, '127.0.0.1');
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) answers++;
      });
      sockets.push(socket);
    }
    const message = JSON.stringify({ credential: CREDENTIAL, ...SYNC_FIELDS }) + '\n';
    let sent = 0;
    const cpu = await pacedCpuMs(
      child.pid!,
      perSec,
      seconds,
      (i) => {
        sockets[i % sockets.length]!.write(message);
        sent++;
      },
      async () => {
        // Every answer to what was sent, or give up after two seconds.
        for (let t = 0; t < 40 && answers < sent; t++) await new Promise((r) => setTimeout(r, 50));
      },
    );
    return { messages: answers, cpuMsPerMessage: cpu / answers };
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
