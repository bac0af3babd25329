/**
 * The wire contract, shared by the device (src/sync) and the endpoint
 * (server/src), in one place: the plan-sync protocol version, zod schemas for
 * request and response bodies, error codes, the event stream's event names
 * and payloads, the organizer API's answers, and the agenda ETag format. The
 * explicit "client too old" answer lets an old device say so, never guess. Pure TypeScript: no browser or Node
 * APIs beyond atob/btoa, which both have.
 *
 * Bump PROTOCOL_VERSION when a body changes shape; raise MIN_PROTOCOL only
 * when the endpoint can no longer serve older devices (they are then told to
 * update, never silently misunderstood).
 */
import * as z from 'zod/mini';
import { MAX_MEMBER_NAME_CHARS, MAX_MEMBER_ROLE_CHARS } from './members';

export const PROTOCOL_VERSION = 1;
/** Oldest device protocol the endpoint still accepts. */
export const MIN_PROTOCOL = 1;

/** Request bodies larger than this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A team's stored plan may not grow beyond this (encoded Yjs state). */
export const MAX_DOC_BYTES = 5 * 1024 * 1024;
/**
 * ... nor hold more than this many Yjs structs (items and tombstones): a
 * 200-step plan typed character by character holds about 3,000; the cap
 * stops a plan of a million one-character items that fits under the bytes.
 */
export const MAX_PLAN_ITEMS = 200_000;

/** Join codes: unambiguous characters (no 0/O, 1/I/L), 10 of them. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 10;

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;
const base64 = z.string().check(
  z.maxLength(Math.ceil((MAX_BODY_BYTES * 4) / 3) + 4),
  z.refine((s) => s.length % 4 === 0 && BASE64_RE.test(s), 'not base64'),
);

export const syncRequestSchema = z.strictObject({
  protocol: z.int().check(z.minimum(0), z.maximum(1_000_000)),
  /** Merged unsent Yjs updates of the device, if any. */
  update: z.optional(base64),
  /** The device's Yjs state vector: the endpoint answers with what is missing. */
  stateVector: base64,
  /** Free-form device label for diagnostics; never trusted. */
  clientId: z.optional(z.string().check(z.maxLength(100))),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const syncResponseSchema = z.object({
  update: base64,
  stateVector: base64,
  /** Endpoint clock (ms); informative only, merging never depends on clocks. */
  serverTime: z.number(),
});

/** Every 4xx/5xx body: a machine code and a sentence for people. */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.optional(z.string()),
  minProtocol: z.optional(z.number()),
  retryAfter: z.optional(z.number()),
});

/** Error codes the device reacts to specifically. */
export const SYNC_ERRORS = {
  clientTooOld: 'client_too_old',
  invalidPlan: 'invalid_plan',
  invalidUpdate: 'invalid_update',
  docTooLarge: 'plan_too_large',
  bodyTooLarge: 'body_too_large',
  badRequest: 'bad_request',
  unauthorized: 'unauthorized',
  /** The organizer revoked this device's credential: it must join again with a new code. */
  credentialRevoked: 'credential_revoked',
  /** Storage is out of space or unwritable for now: retry later, keep the outbox. */
  storageUnavailable: 'storage_unavailable',
  /** The endpoint's disk is full: retry later (Retry-After), keep the outbox. */
  storageFull: 'storage_full',
  forbidden: 'forbidden',
  notFound: 'not_found',
  rateLimited: 'rate_limited',
  /**
   * The update depends on changes the endpoint does not have (a gap in a
   * device's history): refused whole; the device answers by pushing its
   * whole plan, which has no gap.
   */
  missingHistory: 'missing_history',
} as const;

export const joinRequestSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The member's name as colleagues know it, and an optional role (src/wire/members.ts). */
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_MEMBER_NAME_CHARS))),
  role: z.optional(z.string().check(z.trim(), z.maxLength(MAX_MEMBER_ROLE_CHARS))),
});
export const joinResponseSchema = z.object({
  teamId: z.string(),
  state: z.string(),
  /** The team's display name ("Ohio team" unless the organizer named it). */
  name: z.string(),
  credential: z.string(),
  /** This device's public member id (absent from endpoints older than names). */
  memberId: z.optional(z.string()),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const ticketResponseSchema = z.object({
  ticket: z.string(),
  expiresAt: z.number(),
});

// ---- Event stream (GET /api/events) ------------------------------------------

/** SSE event names (`plan` goes only to devices of that team). */
export { SSE_EVENTS, type SseEventName } from './sseEvents';

export const helloEventSchema = z.object({ team: z.boolean() });
export type HelloEvent = z.infer<typeof helloEventSchema>;
export const agendaEventSchema = z.object({ version: z.number() });
export type AgendaEvent = z.infer<typeof agendaEventSchema>;
/**
 * Largest stored update (bytes) the endpoint pushes itself in a `plan` event
 * (base64 in `update`); a larger one goes as a bare nudge and the device
 * syncs. A keystroke's update is a few dozen bytes.
 */
export const MAX_PUSHED_UPDATE_BYTES = 16 * 1024;
const pushedUpdate = z.string().check(
  z.maxLength(Math.ceil((MAX_PUSHED_UPDATE_BYTES * 4) / 3) + 4),
  z.refine((s) => s.length % 4 === 0 && BASE64_RE.test(s), 'not base64'),
);
/**
 * The team's plan moved. With `update`, the Yjs update a teammate's sync
 * just stored: the device applies it at once (applying twice is harmless)
 * and syncs only when it cannot (it lacks what the update builds on).
 */
export const planEventSchema = z.object({ teamId: z.string(), update: z.optional(pushedUpdate) });
export type PlanEvent = z.infer<typeof planEventSchema>;

/** Other error codes of the event stream and the agenda. */
export const API_ERRORS = {
  ticketExpired: 'ticket_expired',
  busy: 'busy',
  serverTooOld: 'server_too_old',
  stale: 'stale',
  invalidAgenda: 'invalid_agenda',
  preconditionRequired: 'precondition_required',
  badIfMatch: 'bad_if_match',
  noAgenda: 'no_agenda',
  unknownState: 'unknown_state',
  invalidImport: 'invalid_import',
} as const;

// ---- Organizer API answers (GET /api/teams, GET /api/ta-needs, ...) ------------

export const teamSummarySchema = z.object({
  id: z.string(),
  state: z.string(),
  name: z.string(),
  createdAt: z.number(),
  hasJoinCode: z.boolean(),
  lastSyncAt: z.nullable(z.number()),
  planBytes: z.number(),
  stepsByStatus: z.record(z.string(), z.number()),
  taNeedCount: z.number(),
  /** Set when the stored document could not be read (should not happen). */
  problem: z.optional(z.string()),
});
export type TeamSummary = z.infer<typeof teamSummarySchema>;
export const teamListResponseSchema = z.object({ teams: z.array(teamSummarySchema) });

export const createdTeamSchema = z.object({
  id: z.string(),
  state: z.string(),
  name: z.string(),
  joinCode: z.string(),
});
export type CreatedTeam = z.infer<typeof createdTeamSchema>;
export const createTeamsResponseSchema = z.object({ teams: z.array(createdTeamSchema) });
export const joinCodeResponseSchema = z.object({ id: z.string(), joinCode: z.string() });
/** DELETE /api/teams/:id/credentials: how many device credentials were live and are now revoked. */
export const removedDevicesResponseSchema = z.object({ id: z.string(), revoked: z.number() });
export type RemovedDevicesResponse = z.infer<typeof removedDevicesResponseSchema>;

export const taNeedRowSchema = z.object({
  teamId: z.string(),
  state: z.string(),
  team: z.string(),
  topic: z.string(),
  priority: z.string(),
  description: z.string(),
  /** ISO instant: when this need (or, failing that, the team's plan) last changed. */
  updated: z.string(),
  /**
   * ISO time of the team's latest submission when this need is in it
   * unchanged; null when it is not (new or changed since, or never submitted).
   */
  submittedAt: z.optional(z.nullable(z.string())),
});
export type TaNeedRow = z.infer<typeof taNeedRowSchema>;
export const taNeedsResponseSchema = z.object({ needs: z.array(taNeedRowSchema) });

/** 412 on PUT /api/agenda: the agenda the organizer should rebase on (checked with AgendaSchema). */
export const staleAgendaBodySchema = z.object({
  error: z.string(),
  message: z.optional(z.string()),
  current: z.unknown(),
});
export const publishIssueSchema = z.object({ path: z.string(), message: z.string() });
export type PublishIssue = z.infer<typeof publishIssueSchema>;
/** 422 on PUT /api/agenda. */
export const invalidAgendaBodySchema = z.object({
  error: z.string(),
  message: z.optional(z.string()),
  issues: z.array(publishIssueSchema),
});

// ---- Agenda formats (exports, POST /api/agenda/import) ------------------------

/** Public exports of the current agenda, for schedule apps and calendars. */
export const AGENDA_EXPORTS = {
  scheduleJson: '/api/agenda/schedule.json',
  scheduleXml: '/api/agenda/schedule.xml',
  ics: '/api/agenda.ics',
} as const;
export const AGENDA_IMPORT_PATH = '/api/agenda/import';
export const AGENDA_CSV_TEMPLATE_PATH = '/api/agenda/template.csv';

/** The media type to send an import with, by file name ending. */
export const IMPORT_TYPES: Record<string, string> = {
  json: 'application/json',
  xml: 'application/xml',
  ics: 'text/calendar',
  ical: 'text/calendar',
  csv: 'text/csv',
};

/** A problem or remark about an imported file, named by its row, line or event id. */
export const importIssueSchema = z.object({ where: z.string(), message: z.string() });
export type ImportIssue = z.infer<typeof importIssueSchema>;

/**
 * 200 on POST /api/agenda/import: nothing is published. `draft` is the agenda
 * in the app's own format without version and updatedAt (check it with
 * AgendaSchema), `diff` the changes against version `baseVersion`.
 */
export const importResponseSchema = z.object({
  format: z.string(),
  baseVersion: z.number(),
  draft: z.unknown(),
  diff: z.object({
    fromVersion: z.number(),
    toVersion: z.number(),
    changes: z.array(
      z.object({
        sessionId: z.string(),
        kinds: z.array(z.string()),
        detailFields: z.array(z.string()),
      }),
    ),
  }),
  warnings: z.array(importIssueSchema),
});
export type ImportResponse = z.infer<typeof importResponseSchema>;

/** 422 on POST /api/agenda/import. */
export const importErrorBodySchema = z.object({
  error: z.string(),
  message: z.optional(z.string()),
  format: z.optional(z.string()),
  errors: z.array(importIssueSchema),
});

/** Upper-case, drop spaces and dashes: people read codes aloud and type them loosely. */
export function normalizeJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedJoinCode(code: string): boolean {
  if (code.length !== JOIN_CODE_LENGTH) return false;
  for (const ch of code) if (!JOIN_CODE_ALPHABET.includes(ch)) return false;
  return true;
}

// Base64 without Buffer (browsers have none); one copy, in src/domain.
export { fromBase64, toBase64 } from '../domain/base64';
