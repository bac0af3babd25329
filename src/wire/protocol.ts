/**
 * The plan-sync wire protocol, shared by the device (src/sync) and the
 * endpoint (server/src): one version number, zod schemas for every body, and
 * the explicit "client too old" answer. Pure TypeScript: no browser or Node
 * APIs beyond atob/btoa, which both have.
 *
 * Bump PROTOCOL_VERSION when a body changes shape; raise MIN_PROTOCOL only
 * when the endpoint can no longer serve older devices (they are then told to
 * update, never silently misunderstood).
 */
import * as z from 'zod/mini';

export const PROTOCOL_VERSION = 1;
/** Oldest device protocol the endpoint still accepts. */
export const MIN_PROTOCOL = 1;

/** Request bodies larger than this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** A team's stored plan may not grow beyond this (encoded Yjs state). */
export const MAX_DOC_BYTES = 5 * 1024 * 1024;

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
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/** Every 4xx/5xx body: a machine code and a sentence for people. */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.optional(z.string()),
  minProtocol: z.optional(z.number()),
  retryAfter: z.optional(z.number()),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Error codes the device reacts to specifically. */
export const SYNC_ERRORS = {
  clientTooOld: 'client_too_old',
  invalidPlan: 'invalid_plan',
  invalidUpdate: 'invalid_update',
  docTooLarge: 'plan_too_large',
  bodyTooLarge: 'body_too_large',
  badRequest: 'bad_request',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  notFound: 'not_found',
  rateLimited: 'rate_limited',
} as const;

export const joinRequestSchema = z.strictObject({
  code: z.string().check(z.minLength(1), z.maxLength(64)),
});
export const joinResponseSchema = z.object({
  teamId: z.string(),
  state: z.string(),
  credential: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const ticketResponseSchema = z.object({
  ticket: z.string(),
  expiresAt: z.number(),
});

/** SSE payloads. */
export const agendaEventSchema = z.object({ version: z.number() });
export const planEventSchema = z.object({ teamId: z.string() });

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
