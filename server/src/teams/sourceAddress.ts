/**
 * The address a request came from, for rate limiting. X-Forwarded-For is
 * trusted only when TRUST_PROXY=1 (the endpoint sits behind a proxy that
 * sets it); otherwise anyone could claim any address.
 */
import type { Context } from 'hono';
import { nodeRequest } from '../http/nodeRequest';

export function sourceAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  return nodeRequest(c)?.socket?.remoteAddress ?? 'unknown';
}
