/**
 * What every part of the endpoint may depend on: the dependencies handed to
 * route modules (`AppDeps`), the Hono app type they register on, and the
 * route-module contract. Routes, middleware and the static server import
 * these types from here, never from app.ts (the wiring), so nothing imports
 * the wiring file back.
 */
import type { Hono } from 'hono';
import type { Config } from './config';
import type { Storage } from './db/index';
import type { EventHub } from './events/hub';
import type { OrganizerAuth } from './auth/organizer';
import type { PlanDocs } from './plans/planDocs';
import type { PresenceBook } from './presence/presenceBook';

export interface AppDeps {
  config: Config;
  storage: Storage;
  /** Every active team's plan as an in-memory Y.Doc over the storage's snapshot + log. */
  plans: PlanDocs;
  hub: EventHub;
  /** Who has each team's plan open (memory only; routes/presence.ts). */
  presence: PresenceBook;
  organizer: OrganizerAuth;
  /** Aborted when the server begins to shut down: long-lived streams (SSE) end on it. */
  shutdown: AbortSignal;
  log: (line: string) => void;
  /** Clock, replaceable in tests. */
  now: () => Date;
}

export type AppEnv = { Variables: { deps: AppDeps } };
export type App = Hono<AppEnv>;

export interface RouteModule {
  register(app: App, deps: AppDeps): void;
}
