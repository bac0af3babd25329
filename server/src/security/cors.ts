/**
 * CORS for /api/*, so the PWA can also be hosted on another static origin
 * pointed at this endpoint. Only origins listed in ALLOWED_ORIGINS get the
 * CORS headers; others get none (the browser then blocks the read). No
 * cookies are used, so credentials mode is never allowed.
 */
import type { MiddlewareHandler } from 'hono';

export const CORS_ALLOW_HEADERS =
  'Authorization, Content-Type, If-Match, If-None-Match, Last-Event-ID';
export const CORS_ALLOW_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';
export const CORS_EXPOSE_HEADERS = 'ETag, Location, Retry-After';

export function apiCors(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const ok = origin !== undefined && allowed.has(origin);
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      // Preflight: answered here, never reaching the routes.
      const headers = new Headers({ Vary: 'Origin' });
      if (ok) {
        headers.set('Access-Control-Allow-Origin', origin);
        headers.set('Access-Control-Allow-Methods', CORS_ALLOW_METHODS);
        headers.set('Access-Control-Allow-Headers', CORS_ALLOW_HEADERS);
        headers.set('Access-Control-Max-Age', '600');
      }
      return new Response(null, { status: 204, headers });
    }
    await next();
    c.res.headers.append('Vary', 'Origin');
    if (ok) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
    }
  };
}
