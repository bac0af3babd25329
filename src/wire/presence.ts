/**
 * Presence (issue 13, item 2), shared by the device and the endpoint: who of
 * the team has the plan open now, and in which field. Never part of the plan
 * document and never stored: the endpoint keeps it in memory and forgets an
 * entry PRESENCE_TTL_MS after its last heartbeat; it goes to the member's
 * own team only, with the public member id and name (never a credential).
 */
import * as z from 'zod/mini';

/** A device says where it is this often while the plan is open. */
export const PRESENCE_HEARTBEAT_MS = 10_000;
/** ...and is forgotten this long after its last word (the issue allows 30 s). */
export const PRESENCE_TTL_MS = 25_000;

/** A field is named by its element id in the editor (e.g. `plan-title`, `goal-…-title`). */
export const PRESENCE_FIELD_RE = /^[A-Za-z0-9_.:-]{1,120}$/;

/** `POST /api/plans/:teamId/presence`. */
export const presenceInputSchema = z.strictObject({
  /** One open plan screen of this device (random, per tab); not shown to anyone. */
  session: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  /** The focused field, or null when the plan is open and nothing in it is focused. */
  field: z.nullable(z.string().check(z.regex(PRESENCE_FIELD_RE))),
  /** True when the plan screen closes: forget this session now. */
  leave: z.optional(z.boolean()),
});
export type PresenceInput = z.infer<typeof presenceInputSchema>;

export const presenceEntrySchema = z.object({
  memberId: z.string(),
  name: z.nullable(z.string()),
  role: z.nullable(z.string()),
  field: z.nullable(z.string()),
  /** How much longer this entry holds without a new heartbeat (no clocks compared). */
  expiresInMs: z.number(),
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;

/** The `presence` event: the team's other open plan screens, whole (it replaces the last). */
export const presenceEventSchema = z.object({
  teamId: z.string(),
  present: z.array(presenceEntrySchema),
});
export type PresenceEvent = z.infer<typeof presenceEventSchema>;
