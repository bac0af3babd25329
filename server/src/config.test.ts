// Reading the environment.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ConfigError, DEFAULT_LIMITS, DEFAULT_PLAN_SETTINGS, loadConfig } from './config';

describe('loadConfig', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({});
    expect(c).toEqual({
      port: 8787,
      host: '0.0.0.0',
      dataDir: resolve('./data'),
      staticDir: resolve('./dist'),
      organizerToken: undefined,
      allowedOrigins: [],
      trustProxy: false,
      limits: DEFAULT_LIMITS,
      plans: DEFAULT_PLAN_SETTINGS,
    });
  });

  it('reads the plan cache, compaction and sync rate settings', () => {
    const c = loadConfig({
      PLAN_CACHE_BYTES: String(8 * 1024 * 1024),
      PLAN_COMPACT_ROWS: '50',
      PLAN_IDLE_COMPACT_MS: '2000',
      SYNC_RATE_PER_SEC: '3',
      COMMIT_WINDOW_MS: '0',
      COMMIT_WINDOW_BUSY_MS: '8',
      PLAN_HISTORY_DELAY_MS: '500',
    });
    expect(c.plans).toEqual({
      cacheBytes: 8 * 1024 * 1024,
      compactRows: 50,
      idleCompactMs: 2000,
      syncRatePerSec: 3,
      commitWindowMs: 0,
      commitWindowBusyMs: 8,
      historyDelayMs: 500,
    });
    expect(DEFAULT_PLAN_SETTINGS.cacheBytes).toBe(64 * 1024 * 1024);
    expect(() => loadConfig({ PLAN_CACHE_BYTES: '10' })).toThrow(ConfigError);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/x',
      STATIC_DIR: '/tmp/y',
      ORGANIZER_TOKEN: ' secret-token ',
      ALLOWED_ORIGINS: 'https://a.example/, https://b.example,,',
    });
    expect(c.port).toBe(0);
    expect(c.host).toBe('127.0.0.1');
    expect(c.dataDir).toBe('/tmp/x');
    expect(c.staticDir).toBe('/tmp/y');
    expect(c.organizerToken).toBe('secret-token');
    expect(c.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it('reads the connection limits, reserving a share of streams for teams', () => {
    expect(loadConfig({ SSE_MAX_CONNECTIONS: '100' }).limits.sseTeamReserved).toBe(20);
    const c = loadConfig({
      TRUST_PROXY: '1',
      SSE_MAX_CONNECTIONS: '10',
      SSE_TEAM_RESERVED: '4',
      SSE_MAX_PER_ADDRESS: '3',
      MAX_CONNECTIONS_PER_ADDRESS: '0',
      HEADERS_TIMEOUT_MS: '500',
      REQUEST_TIMEOUT_MS: '900',
    });
    expect(c.trustProxy).toBe(true);
    expect(c.limits).toEqual({
      sseMaxConnections: 10,
      sseTeamReserved: 4,
      sseMaxPerAddress: 3,
      maxConnectionsPerAddress: 0,
      headersTimeoutMs: 500,
      requestTimeoutMs: 900,
    });
    expect(() => loadConfig({ SSE_MAX_CONNECTIONS: 'many' })).toThrow(ConfigError);
    expect(() => loadConfig({ SSE_MAX_CONNECTIONS: '5', SSE_TEAM_RESERVED: '6' })).toThrow(
      ConfigError,
    );
  });

  it('keeps the headers timeout within the request timeout (Node refuses otherwise)', () => {
    // A short REQUEST_TIMEOUT_MS alone pulls the default headers timeout down with it.
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '2000' }).limits.headersTimeoutMs).toBe(2000);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '1000', HEADERS_TIMEOUT_MS: '5000' })).toThrow(
      'HEADERS_TIMEOUT_MS cannot exceed REQUEST_TIMEOUT_MS',
    );
  });

  it('rejects a bad port', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
  });
});
