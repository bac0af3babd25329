/**
 * Starts the endpoint in this process: opens storage (migrating and seeding
 * the shipped agenda on first start), sets up the organizer credential, and
 * listens. Used by index.ts and by the endpoint tests (ephemeral port).
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Agenda } from '../../src/domain/agenda';
import { SHIPPED_AGENDA } from '../../src/content/agenda';
import { createApp, ROUTE_MODULES } from './app';
import type { AppDeps, RouteModule } from './context';
import {
  DEFAULT_LIMITS,
  DEFAULT_PLAN_SETTINGS,
  type Config,
  type ConnectionLimits,
  type PlanSettings,
} from './config';
import { PlanDocs } from './plans/planDocs';
import { openStorage, type Storage } from './db/index';
import { PresenceBook } from './presence/presenceBook';
import { PRESENCE_TTL_MS } from '../../src/wire/presence';
import { createEventHub, type EventHub } from './events/hub';
import { setupOrganizerCredential } from './auth/organizer';
import { StaticFiles } from './static/files';

export interface StartOptions extends Partial<Omit<Config, 'limits' | 'plans'>> {
  limits?: Partial<ConnectionLimits>;
  plans?: Partial<PlanSettings>;
  dataDir: string;
  /** Seeded as version 1 when the database has no agenda yet. */
  seedAgenda?: Agenda;
  log?: (line: string) => void;
  now?: () => Date;
  modules?: readonly RouteModule[];
  /** How long close() waits for in-flight requests before cutting connections. */
  closeGraceMs?: number;
}

export interface RunningServer {
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  storage: Storage;
  hub: EventHub;
  deps: AppDeps;
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const config: Config = {
    port: opts.port ?? 0,
    host: opts.host ?? '127.0.0.1',
    dataDir: opts.dataDir,
    staticDir: opts.staticDir ?? join(process.cwd(), 'dist'),
    organizerToken: opts.organizerToken,
    allowedOrigins: opts.allowedOrigins ?? [],
    trustProxy: opts.trustProxy ?? false,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    plans: { ...DEFAULT_PLAN_SETTINGS, ...opts.plans },
  };

  const storage = openStorage({
    dataDir: config.dataDir,
    commitWindowMs: config.plans.commitWindowMs,
    commitWindowBusyMs: config.plans.commitWindowBusyMs,
  });
  let server: Server | undefined;
  try {
    if (storage.agenda.seed(opts.seedAgenda ?? SHIPPED_AGENDA)) {
      log('Stored the shipped agenda as version 1.');
    }
    const organizer = setupOrganizerCredential(storage.settings, config.organizerToken, log);
    const hub = createEventHub((err) => log(`Event listener failed: ${String(err)}`));
    const shutdown = new AbortController();
    const now = opts.now ?? (() => new Date());
    const deps: AppDeps = {
      config,
      storage,
      plans: new PlanDocs(storage, config.plans, () => now().getTime(), log),
      hub,
      presence: new PresenceBook(() => now().getTime(), PRESENCE_TTL_MS),
      organizer,
      shutdown: shutdown.signal,
      log,
      now,
    };
    const staticFiles = new StaticFiles(config.staticDir);
    const app = createApp(deps, opts.modules ?? ROUTE_MODULES, staticFiles);

    const port = await new Promise<number>((resolvePort, reject) => {
      const { headersTimeoutMs, requestTimeoutMs } = config.limits;
      const s = serve(
        {
          fetch: app.fetch,
          port: config.port,
          hostname: config.host,
          serverOptions: {
            // Slow clients (a body trickled a byte at a time) get a 408 and lose the socket.
            headersTimeout: headersTimeoutMs,
            requestTimeout: requestTimeoutMs,
            // Node checks those timeouts on this interval (30 s by default).
            connectionsCheckingInterval: Math.min(1_000, headersTimeoutMs),
          },
        },
        (info: AddressInfo) => resolvePort(info.port),
      ) as Server;
      server = s;
      capConnectionsPerAddress(s, config, log);
      s.once('error', reject);
    });
    if (!existsSync(join(config.staticDir, 'index.html'))) {
      log(`Note: ${config.staticDir} has no index.html; run "npm run build" to serve the app.`);
    }
    // Read and compress the app's files now rather than on the first phone's request.
    const warmStart = Date.now();
    void staticFiles.warm(shutdown.signal).then(
      (n) => {
        if (n > 0) log(`Compressed ${n} app files in ${Date.now() - warmStart} ms.`);
      },
      (err: unknown) => log(`Could not prepare static files: ${String(err)}`),
    );

    let closing: Promise<void> | undefined;
    const close = () =>
      (closing ??= (async () => {
        shutdown.abort();
        const s = server!;
        const closed = new Promise<void>((r) => s.close(() => r()));
        s.closeIdleConnections();
        const timer = setTimeout(() => s.closeAllConnections(), opts.closeGraceMs ?? 2000);
        await closed;
        clearTimeout(timer);
        await deps.plans.close();
        storage.close();
      })());

    return { port, url: `http://127.0.0.1:${port}`, storage, hub, deps, close };
  } catch (err) {
    server?.close();
    storage.close();
    throw err;
  }
}

/**
 * Refuses a TCP connection when its address already holds the configured
 * number, so one address cannot exhaust the sockets everyone shares. Behind a
 * proxy (TRUST_PROXY=1) every connection comes from the proxy: the cap is
 * then the proxy's job.
 */
function capConnectionsPerAddress(s: Server, config: Config, log: (line: string) => void) {
  const cap = config.limits.maxConnectionsPerAddress;
  if (cap <= 0 || config.trustProxy) return;
  const open = new Map<string, number>();
  let lastLogged = 0;
  s.on('connection', (socket) => {
    const addr = socket.remoteAddress ?? 'unknown';
    const n = open.get(addr) ?? 0;
    if (n >= cap) {
      // One line a minute at most: a flood must not flood the log too.
      if (Date.now() - lastLogged > 60_000) {
        lastLogged = Date.now();
        log(`Refused connections from ${addr}: it already holds ${cap}.`);
      }
      // A plain answer the client can act on, then the socket closes.
      socket.end(
        'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 10\r\nConnection: close\r\n' +
          'Content-Type: text/plain\r\nContent-Length: 27\r\n\r\nToo many connections; wait.',
      );
      return;
    }
    open.set(addr, n + 1);
    socket.once('close', () => {
      const left = (open.get(addr) ?? 1) - 1;
      if (left <= 0) open.delete(addr);
      else open.set(addr, left);
    });
  });
}
