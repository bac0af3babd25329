/**
 * The event stream's event names, free of zod so the first route (which
 * opens the stream) does not load the schemas; protocol.ts re-exports them
 * next to the payload schemas.
 */
export const SSE_EVENTS = {
  hello: 'hello',
  agenda: 'agenda',
  plan: 'plan',
  /** Last event of a team stream whose credential was revoked (payload as `plan`). */
  revoked: 'revoked',
  /** Who of the team has the plan open, and where (team streams only; wire/presence.ts). */
  presence: 'presence',
} as const;
export type SseEventName = (typeof SSE_EVENTS)[keyof typeof SSE_EVENTS];
