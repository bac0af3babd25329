/**
 * A request the client abandoned: the connection closed mid-body (a phone
 * that lost its signal, a tab closed during a sync, or the request timeout
 * cutting off a body trickled byte by byte). Nothing is wrong with the
 * endpoint, so it is logged as one short line, never as an error with a
 * stack trace: on conference Wi-Fi there are hundreds of them.
 */

/** Error codes Node gives a body read that the connection's end cut short. */
const ABORT_CODES = new Set(['ECONNRESET', 'ERR_STREAM_PREMATURE_CLOSE', 'ECONNABORTED']);

export function isClientAbort(err: unknown, request: Request): boolean {
  if (request.signal.aborted) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ABORT_CODES.has(code);
}

/** "Client went away: POST /api/teams/join (aborted)". */
export function clientAbortLine(method: string, path: string, err: unknown): string {
  const why = err instanceof Error ? err.message : String(err);
  return `Client went away: ${method} ${path} (${why.split('\n')[0]!.slice(0, 80)})`;
}
