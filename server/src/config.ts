/**
 * Endpoint configuration, read once from the environment (see README:
 * PORT, HOST, DATA_DIR, STATIC_DIR, ORGANIZER_TOKEN, ALLOWED_ORIGINS,
 * TRUST_PROXY, the connection limits and the plan settings).
 */
import { resolve } from 'node:path';

export interface Config {
  /** TCP port; 0 asks the OS for a free one (tests). */
  port: number;
  host: string;
  /** Directory of the SQLite file (created when missing). */
  dataDir: string;
  /** The built PWA (vite's dist/). */
  staticDir: string;
  /** Organizer credential from the environment; undefined = use stored or generate. */
  organizerToken: string | undefined;
  /** Origins allowed to call /api/* from another static host (CORS). */
  allowedOrigins: string[];
  /** TRUST_PROXY=1: the client address comes from X-Forwarded-For (rate limits, caps). */
  trustProxy: boolean;
  limits: ConnectionLimits;
  plans: PlanSettings;
}

/** The in-memory plan documents, their log compaction and the sync rate limit. */
export interface PlanSettings {
  /** PLAN_CACHE_BYTES: cached plan documents, counted by their stored (encoded) size. */
  cacheBytes: number;
  /** PLAN_COMPACT_ROWS: fold a team's log into its snapshot once it has this many rows. */
  compactRows: number;
  /** PLAN_IDLE_COMPACT_MS: ... or once the team has not synced for this long. */
  idleCompactMs: number;
  /** SYNC_RATE_PER_SEC: syncs a second one device credential may make (bursts of 3x). */
  syncRatePerSec: number;
  /** COMMIT_WINDOW_MS: how long a group commit waits for company (fewer fsyncs and disk pages). */
  commitWindowMs: number;
  /** COMMIT_WINDOW_BUSY_MS: ... stretched up to this when syncs come fast (db/commitWindow.ts). */
  commitWindowBusyMs: number;
  /**
   * PLAN_HISTORY_DELAY_MS: a team's changes are diffed into its history about
   * once per this many ms (plans/historyBatches.ts spreads each batch by a
   * quarter either way); 0 records each change as it comes.
   */
  historyDelayMs?: number;
}

export const DEFAULT_PLAN_SETTINGS: PlanSettings = {
  // A 200-step plan stores about 70-100 KiB (about 20x that in memory): 64 MiB
  // holds every State team's plan several times over.
  cacheBytes: 64 * 1024 * 1024,
  compactRows: 500,
  idleCompactMs: 30_000,
  // The app syncs at most about 2.5 times a second (400 ms debounce); a
  // device catching up after a split push syncs back to back for a moment.
  syncRatePerSec: 10,
  commitWindowMs: 4,
  commitWindowBusyMs: 16,
  historyDelayMs: 3_000,
};

/** Caps and timeouts that keep one client (or one address) from starving the others. */
export interface ConnectionLimits {
  /** SSE_MAX_CONNECTIONS: open event streams in all. */
  sseMaxConnections: number;
  /** SSE_TEAM_RESERVED: of those, slots only ticketed team streams may use. */
  sseTeamReserved: number;
  /** SSE_MAX_PER_ADDRESS: anonymous (agenda-only) streams from one address. */
  sseMaxPerAddress: number;
  /** MAX_CONNECTIONS_PER_ADDRESS: open TCP connections from one address (0 = no cap). */
  maxConnectionsPerAddress: number;
  /** HEADERS_TIMEOUT_MS: time a client has to send the request headers. */
  headersTimeoutMs: number;
  /** REQUEST_TIMEOUT_MS: time a client has to send the whole request, body included. */
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  sseMaxConnections: 5_000,
  // About six devices for each of 55 State teams, with room for a second tab.
  sseTeamReserved: 1_000,
  // Conference Wi-Fi puts many attendees behind one address: generous, not tight.
  sseMaxPerAddress: 200,
  maxConnectionsPerAddress: 400,
  headersTimeoutMs: 15_000,
  // A 1 MiB sync body at 20 KiB/s still arrives; a body trickled byte by byte does not.
  requestTimeoutMs: 60_000,
};

export const DEFAULT_PORT = 8787;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const rawPort = env.PORT?.trim();
  const port = rawPort ? Number(rawPort) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${rawPort}"`);
  }
  const token = env.ORGANIZER_TOKEN?.trim();
  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    staticDir: resolve(env.STATIC_DIR?.trim() || './dist'),
    organizerToken: token ? token : undefined,
    allowedOrigins: parseOrigins(env.ALLOWED_ORIGINS),
    trustProxy: env.TRUST_PROXY?.trim() === '1',
    limits: loadLimits(env),
    plans: loadPlanSettings(env),
  };
}

export function loadPlanSettings(env: NodeJS.ProcessEnv): PlanSettings {
  const d = DEFAULT_PLAN_SETTINGS;
  return {
    cacheBytes: whole(env, 'PLAN_CACHE_BYTES', d.cacheBytes, 1024 * 1024),
    compactRows: whole(env, 'PLAN_COMPACT_ROWS', d.compactRows, 1),
    idleCompactMs: whole(env, 'PLAN_IDLE_COMPACT_MS', d.idleCompactMs, 10),
    syncRatePerSec: whole(env, 'SYNC_RATE_PER_SEC', d.syncRatePerSec, 1),
    commitWindowMs: whole(env, 'COMMIT_WINDOW_MS', d.commitWindowMs, 0),
    commitWindowBusyMs: whole(env, 'COMMIT_WINDOW_BUSY_MS', d.commitWindowBusyMs, 0),
    historyDelayMs: whole(env, 'PLAN_HISTORY_DELAY_MS', d.historyDelayMs ?? 0, 0),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return n;
}

export function loadLimits(env: NodeJS.ProcessEnv): ConnectionLimits {
  const d = DEFAULT_LIMITS;
  const sseMaxConnections = whole(env, 'SSE_MAX_CONNECTIONS', d.sseMaxConnections, 1);
  const sseTeamReserved = whole(
    env,
    'SSE_TEAM_RESERVED',
    Math.min(d.sseTeamReserved, Math.floor(sseMaxConnections / 5)),
    0,
  );
  if (sseTeamReserved > sseMaxConnections) {
    throw new ConfigError('SSE_TEAM_RESERVED cannot exceed SSE_MAX_CONNECTIONS');
  }
  const requestTimeoutMs = whole(env, 'REQUEST_TIMEOUT_MS', d.requestTimeoutMs, 100);
  const headersTimeoutMs = whole(
    env,
    'HEADERS_TIMEOUT_MS',
    Math.min(d.headersTimeoutMs, requestTimeoutMs),
    100,
  );
  // Node refuses to start with a headers timeout longer than the request timeout.
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError('HEADERS_TIMEOUT_MS cannot exceed REQUEST_TIMEOUT_MS');
  }
  return {
    sseMaxConnections,
    sseTeamReserved,
    sseMaxPerAddress: whole(env, 'SSE_MAX_PER_ADDRESS', d.sseMaxPerAddress, 1),
    maxConnectionsPerAddress: whole(
      env,
      'MAX_CONNECTIONS_PER_ADDRESS',
      d.maxConnectionsPerAddress,
      0,
    ),
    headersTimeoutMs,
    requestTimeoutMs,
  };
}

/** "https://a.example, https://b.example/" → normalized origins (no trailing slash). */
export function parseOrigins(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => o.length > 0);
}
