/**
 * Slow and greedy clients against the real endpoint in its own process
 * (issue 11, D8), with short limits from the environment: a body or headers
 * trickled a byte at a time are cut off with 408 long before Node's 300 s; a
 * client that drops mid-body is one short log line without a stack trace;
 * 15 open event streams print no MaxListenersExceededWarning; one address
 * cannot hold more than MAX_CONNECTIONS_PER_ADDRESS sockets.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointForFile } from '../../test/endpoint';

const REQUEST_TIMEOUT_MS = 1500;
const endpoint = endpointForFile({
  env: {
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    HEADERS_TIMEOUT_MS: '1000',
  },
});

/** Everything the endpoint prints from now on. */
let stdout = '';
let stderr = '';
beforeAll(() => {
  endpoint.server.proc.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  endpoint.server.proc.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
});

const sockets: Socket[] = [];
afterAll(() => {
  for (const s of sockets) s.destroy();
});

function open(port = endpoint.server.port): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
    sockets.push(s);
  });
}

/** What the endpoint sends on this socket until it closes it. */
function answer(s: Socket): Promise<string> {
  let text = '';
  s.on('data', (b: Buffer) => (text += b.toString('latin1')));
  return new Promise((resolve) => s.on('close', () => resolve(text)));
}

/** Writes one byte every `ms` until the socket closes; resolves with the number written. */
function trickle(s: Socket, bytes: string, ms: number): Promise<number> {
  let sent = 0;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (s.destroyed || sent >= bytes.length) return;
      s.write(bytes[sent++]!);
    }, ms);
    s.on('close', () => {
      clearInterval(timer);
      resolve(sent);
    });
  });
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('slow clients', () => {
  it('cuts off a body trickled a byte at a time with 408, long before it completes', async () => {
    const s = await open();
    const closed = answer(s);
    const body = JSON.stringify({ code: 'ABCDE23456' }).padEnd(400, ' ');
    s.write(
      'POST /api/teams/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${body.length}\r\n\r\n`,
    );
    // 400 bytes at one per 250 ms would take 100 s; the endpoint gives up after 1.5 s.
    const sent = trickle(s, body, 250);
    expect(await closed).toMatch(/^HTTP\/1\.1 408 /);
    expect(await sent).toBeLessThan(body.length);
  });

  it('cuts off headers trickled a byte at a time', async () => {
    const s = await open();
    const closed = answer(s);
    const sent = trickle(
      s,
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: ${'y'.repeat(300)}\r\n\r\n`,
      250,
    );
    expect(await closed).toMatch(/^HTTP\/1\.1 408 /);
    expect(await sent).toBeLessThan(300);
  });

  it('logs a client that drops mid-body as one short line without a stack trace', async () => {
    const before = stdout.length;
    const errBefore = stderr.length;
    const s = await open();
    s.write(
      'POST /api/teams/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"co',
    );
    // Let the endpoint start reading the body, then vanish.
    await new Promise((r) => setTimeout(r, 200));
    s.destroy();
    await until(() => stdout.slice(before).includes('Client went away'), 'the log line');
    const out = stdout.slice(before);
    // (Other lines, such as the static files' warm-up, may come at any time.)
    expect(out.match(/^Client went away.*$/gm)).toEqual([
      expect.stringMatching(/^Client went away: POST \/api\/teams\/join \(.{1,80}\)$/),
    ]);
    expect(out).not.toMatch(/^\s+at /m);
    expect(out).not.toContain('Error on');
    expect(stderr.slice(errBefore)).toBe('');
  });
});

describe('greedy clients', () => {
  it('holds 15 event streams open past the request timeout without a listener warning', async () => {
    const controller = new AbortController();
    const streams = [];
    for (let i = 0; i < 15; i++) {
      const res = await fetch(`${endpoint.server.url}/api/events`, { signal: controller.signal });
      expect(res.status).toBe(200);
      streams.push(res.body!.getReader());
    }
    for (const reader of streams) {
      const { value } = await reader.read();
      expect(new TextDecoder().decode(value)).toContain('event: hello');
    }
    // Long-lived answers are not requests still arriving: the request timeout spares them.
    await new Promise((r) => setTimeout(r, REQUEST_TIMEOUT_MS + 500));
    expect((await fetch(`${endpoint.server.url}/healthz`)).status).toBe(200);
    controller.abort();
    expect(stderr).not.toContain('MaxListenersExceededWarning');
    expect(stdout).not.toContain('MaxListenersExceededWarning');
  });
});

describe('connections per address', () => {
  // Its own endpoint: connections left over by the tests above must not count here.
  const capped = endpointForFile({ env: { MAX_CONNECTIONS_PER_ADDRESS: '20' } });
  let cappedOut = '';
  beforeAll(() => {
    capped.server.proc.stdout!.on('data', (b: Buffer) => (cappedOut += b.toString()));
  });

  it('refuses connections past MAX_CONNECTIONS_PER_ADDRESS with 503 and Retry-After', async () => {
    // 20 keep-alive connections, each proven counted by an answered request.
    const held: Socket[] = [];
    for (let i = 0; i < 20; i++) {
      const s = await open(capped.server.port);
      const first = new Promise<string>((r) => s.once('data', (b: Buffer) => r(b.toString())));
      s.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
      expect(await first).toMatch(/^HTTP\/1\.1 200 /);
      held.push(s);
    }
    const extra = await open(capped.server.port);
    const refused = answer(extra);
    extra.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    const text = await refused;
    expect(text).toMatch(/^HTTP\/1\.1 503 /);
    expect(text).toMatch(/\r\nRetry-After: \d+\r\n/);
    // One freed connection makes room again.
    const gone = new Promise((r) => held[0]!.once('close', r));
    held[0]!.destroy();
    await gone;
    let ok = false;
    for (let i = 0; i < 50 && !ok; i++) {
      const res = await fetch(`${capped.server.url}/healthz`).catch(() => undefined);
      ok = res?.status === 200;
      if (!ok) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ok).toBe(true);
    expect(cappedOut).toMatch(/Refused connections from 127\.0\.0\.1: it already holds 20\./);
  });
});
