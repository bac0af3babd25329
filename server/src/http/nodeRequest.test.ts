import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readNodeBody, type NodeBody } from './nodeRequest';
import { isClientAbort } from './clientAbort';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A node server whose handler reads the body with readNodeBody (limit 1 KiB) and reports it. */
function serve(onRead: (r: NodeBody | Error) => void): Promise<number> {
  server = createServer((req, res) => {
    readNodeBody(req, 1024).then(
      (r) => {
        onRead(r);
        res.writeHead(r.ok ? 200 : 413, r.ok ? {} : { Connection: 'close' });
        res.end(r.ok ? String(r.bytes.byteLength) : 'too large');
      },
      (err: Error) => onRead(err),
    );
  });
  return new Promise((r) =>
    server!.listen(0, '127.0.0.1', () => r((server!.address() as AddressInfo).port)),
  );
}

function send(
  port: number,
  chunks: string[],
  end = true,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    if (end) req.end();
  });
}

describe('readNodeBody', () => {
  it('returns the whole body in one buffer', async () => {
    let got: NodeBody | Error | undefined;
    const port = await serve((r) => (got = r));
    const res = await send(port, ['a'.repeat(600), 'b'.repeat(400)]);
    expect(res).toEqual({ status: 200, body: '1000' });
    expect(got).toMatchObject({ ok: true });
    expect((got as { bytes: Buffer }).bytes.toString()).toBe('a'.repeat(600) + 'b'.repeat(400));
  });

  it('stops at the limit of a chunked body and still lets the 413 reach the client', async () => {
    let got: NodeBody | Error | undefined;
    const port = await serve((r) => (got = r));
    const res = await send(
      port,
      Array.from({ length: 20 }, () => 'x'.repeat(512)),
    );
    expect(res.status).toBe(413);
    expect(got).toEqual({ ok: false, tooLarge: true });
  });

  it('rejects, not hangs, when the client goes away mid-body', async () => {
    const read = new Promise<NodeBody | Error>(
      (resolve) =>
        void serve(resolve).then((port) => {
          const req = request({
            host: '127.0.0.1',
            port,
            method: 'POST',
            headers: { 'Transfer-Encoding': 'chunked' },
          });
          req.on('error', () => undefined);
          req.write('partial');
          setTimeout(() => req.destroy(), 50);
        }),
    );
    const r = await read;
    expect(r).toBeInstanceOf(Error);
    // Logged as a client that went away (clientAbort.ts), not as an endpoint error.
    expect(isClientAbort(r, new Request('http://x/'))).toBe(true);
  });
});
