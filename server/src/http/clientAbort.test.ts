// Which errors are a client that went away (one log line) rather than a bug (a stack trace).
import { expect, it } from 'vitest';
import { clientAbortLine, isClientAbort } from './clientAbort';

const live = () => new Request('http://x/api/teams/join', { method: 'POST' });
const withCode = (code: string) => Object.assign(new Error('aborted'), { code });

it('recognizes a reset connection, a premature close and an aborted request', () => {
  expect(isClientAbort(withCode('ECONNRESET'), live())).toBe(true);
  expect(isClientAbort(withCode('ERR_STREAM_PREMATURE_CLOSE'), live())).toBe(true);
  const controller = new AbortController();
  controller.abort();
  const aborted = new Request('http://x/', { signal: controller.signal });
  expect(isClientAbort(new Error('anything'), aborted)).toBe(true);
});

it('leaves real errors alone', () => {
  expect(isClientAbort(new TypeError('x is undefined'), live())).toBe(false);
  expect(isClientAbort(withCode('SQLITE_FULL'), live())).toBe(false);
  expect(isClientAbort(null, live())).toBe(false);
});

it('says it in one short line', () => {
  const err = new Error(`aborted\n    at abortIncoming (node:_http_server:796:17)`);
  expect(clientAbortLine('POST', '/api/teams/join', err)).toBe(
    'Client went away: POST /api/teams/join (aborted)',
  );
});
