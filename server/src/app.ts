/**
 * Wires the endpoint: security headers and CORS for everything, then each
 * route module, then the static PWA with its SPA fallback, then JSON answers
 * for unknown API paths and errors. Route modules export
 * `register(app, deps)`; to add one, import it and append it to ROUTE_MODULES.
 */
// The schemas use zod/mini; load its English messages for the 422 answers.
import '../../src/domain/zodLocale';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { App, AppDeps, AppEnv, RouteModule } from './context';
import { jsonError, storageErrorResponse } from './http/errors';
import { describeStorageError } from './db/storageErrors';
import { clientAbortLine, isClientAbort } from './http/clientAbort';
import { securityHeaders } from './security/headers';
import { apiCors } from './security/cors';
import { registerStatic } from './static/serve';
import { StaticFiles } from './static/files';
import * as health from './routes/health';
import * as agenda from './routes/agenda';
import * as agendaFormats from './routes/agendaFormats';
import * as teams from './routes/teams';
import * as plans from './routes/plans';
import * as events from './routes/events';
import * as taNeeds from './routes/taNeeds';
import * as evaluations from './routes/evaluations';
import * as members from './routes/members';
import * as presence from './routes/presence';
import * as planHistory from './routes/planHistory';
import * as submissions from './routes/submissions';

/** API route modules, mounted in this order before the static files. */
export const ROUTE_MODULES: RouteModule[] = [
  health,
  agenda,
  agendaFormats,
  teams,
  plans,
  events,
  taNeeds,
  evaluations,
  members,
  presence,
  planHistory,
  submissions,
];

export function createApp(
  deps: AppDeps,
  modules: readonly RouteModule[] = ROUTE_MODULES,
  staticFiles: StaticFiles = new StaticFiles(deps.config.staticDir),
): App {
  const app: App = new Hono<AppEnv>();

  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('/api/*', apiCors(deps.config.allowedOrigins));

  for (const m of modules) m.register(app, deps);

  // Anything else under /api/ is a client mistake, answered in JSON (never the SPA).
  app.all('/api/*', (c) =>
    jsonError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`),
  );

  registerStatic(app, staticFiles);

  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? jsonError(c, 404, 'not_found', `No API route ${c.req.method} ${c.req.path}.`)
      : c.text('Not found', 404),
  );
  app.onError((err, c) => {
    if (err instanceof HTTPException && err.status < 500) {
      return jsonError(c, err.status as 400, 'bad_request', err.message || 'Bad request.');
    }
    if (isClientAbort(err, c.req.raw)) {
      deps.log(clientAbortLine(c.req.method, c.req.path, err));
      // Nobody reads this answer; it only ends the request cleanly.
      return c.body(null, 400);
    }
    const storage = storageErrorResponse(c, err);
    if (storage) {
      // An operator problem, not a bug: one line, no stack.
      deps.log(`Storage failure on ${c.req.method} ${c.req.path}: ${describeStorageError(err)}`);
      return storage;
    }
    deps.log(
      `Error on ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    return jsonError(c, 500, 'internal', 'Something went wrong on the server.');
  });
  return app;
}
