/**
 * JSON error answers in one shape, `{ error, message, ...details }`, so that
 * clients can branch on `error` and show `message`. Also reading a JSON body
 * with a size limit and clear 4xx answers for every way it can be wrong.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { STORAGE_RETRY_AFTER_S, storageFailure } from '../db/storageErrors';
import { SYNC_ERRORS } from '../../../src/wire/protocol';
import { readNodeBody, unreadNodeBody } from './nodeRequest';

export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: string,
  details: Record<string, unknown> = {},
): Response {
  return c.json({ error, message, ...details }, status);
}

/**
 * The 503 for an error that is the storage failing (disk full, read-only,
 * I/O error, file gone), or undefined for any other error. Nothing of the
 * request was committed, so the device keeps it in its outbox and retries
 * after Retry-After; every route gets this from app.onError.
 */
export function storageErrorResponse(c: Context, err: unknown): Response | undefined {
  const failure = storageFailure(err);
  if (!failure) return undefined;
  const retryAfter = STORAGE_RETRY_AFTER_S[failure];
  c.header('Retry-After', String(retryAfter));
  return failure === 'full'
    ? jsonError(
        c,
        503,
        SYNC_ERRORS.storageFull,
        'The server is out of disk space; try again later.',
        {
          retryAfter,
        },
      )
    : jsonError(
        c,
        503,
        SYNC_ERRORS.storageUnavailable,
        'The server cannot save right now; try again later.',
        { retryAfter },
      );
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

export type BodyBytes = { ok: true; bytes: Uint8Array } | { ok: false; response: Response };

/**
 * The raw body, refused with 413 (saying `tooLargeMessage`) past `maxBytes`:
 * on the declared length first, then while reading, so a body that lies
 * about its length or has none is cut off at the limit, never buffered whole.
 */
export async function readBodyBytes(
  c: Context,
  maxBytes: number,
  tooLargeMessage: string,
): Promise<BodyBytes> {
  const tooLarge = (): BodyBytes => ({
    ok: false,
    response: jsonError(c, 413, 'too_large', tooLargeMessage, { limit: maxBytes }),
  });
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  const incoming = unreadNodeBody(c);
  if (incoming) {
    const read = await readNodeBody(incoming, maxBytes);
    if (read.ok) return { ok: true, bytes: read.bytes };
    // The unread rest: close the connection after the answer rather than drain it.
    c.header('Connection', 'close');
    return tooLarge();
  }
  const body = c.req.raw.body;
  if (!body) return { ok: true, bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/**
 * Reads the request body as JSON: 415 when it is not declared as JSON, 413
 * when larger than maxBytes (checked on the declared length and while
 * reading), 400 when it does not parse.
 */
export async function readJsonBody(c: Context, maxBytes: number): Promise<JsonBody> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      response: jsonError(c, 415, 'unsupported_media_type', 'Send the body as application/json.'),
    };
  }
  const read = await readBodyBytes(c, maxBytes, `The body must be at most ${maxBytes} bytes.`);
  if (!read.ok) return read;
  const text = Buffer.from(read.bytes).toString('utf8');
  if (text.trim() === '') {
    return { ok: false, response: jsonError(c, 400, 'bad_json', 'The body is empty.') };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return {
      ok: false,
      response: jsonError(
        c,
        400,
        'bad_json',
        `The body is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
      ),
    };
  }
}
