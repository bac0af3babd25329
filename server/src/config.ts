/**
 * Endpoint configuration, read once from the environment (see README:
 * PORT, HOST, DATA_DIR, STATIC_DIR, ORGANIZER_TOKEN, ALLOWED_ORIGINS).
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
}

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
