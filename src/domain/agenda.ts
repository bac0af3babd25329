/**
 * The agenda document: zod schemas shared by the PWA, the endpoint and the
 * shipped content. Times are wall-clock times in the event's time zone
 * ("2015-06-10T09:00"), turned into instants only where instants are needed.
 */
import * as z from 'zod/mini';
import { FocusAreaIdSchema } from './focusAreas';
import { eventDays, eventOf, isTimeZone, MAX_EVENT_DAYS } from './event';
import { MAX_SESSIONS, SESSION_KINDS, SPEAKER_ROLES, type SessionKind } from './agendaConstants';

// The vocabulary lives in a zod-free module so the first screen can use it
// without loading zod; re-exported here so every import keeps working.
export {
  EVENT_DAYS,
  EVENT_TIME_ZONE,
  MAX_SESSIONS,
  SESSION_KINDS,
  SPEAKER_ROLES,
  sessionDay,
  sortSessions,
  type SessionKind,
} from './agendaConstants';

export const SessionKindSchema = z.enum(
  SESSION_KINDS.map((k) => k.id) as [SessionKind, ...SessionKind[]],
);

export const SpeakerRoleSchema = z.enum(SPEAKER_ROLES);

/** Local wall-clock date-time in the event's zone, minute precision. */
export const LocalDateTimeSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use the form YYYY-MM-DDTHH:mm (event time)'));

/** A trimmed, non-empty string of at most `max` characters. */
const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const SpeakerSchema = z.object({
  role: SpeakerRoleSchema,
  /** Described by role, never a real person's name ("State child welfare director"). */
  description: z.string().check(z.minLength(1), z.maxLength(200)),
});

export const SessionSchema = z
  .object({
    id: z
      .string()
      .check(
        z.regex(
          /^[a-z0-9][a-z0-9-]{0,63}$/,
          'Session ids are lower-case letters, digits and dashes',
        ),
      ),
    title: trimmed(200),
    start: LocalDateTimeSchema,
    end: LocalDateTimeSchema,
    room: trimmed(100),
    kind: SessionKindSchema,
    focusAreas: z.array(FocusAreaIdSchema).check(z.maxLength(5)),
    speakers: z.array(SpeakerSchema).check(z.maxLength(30)),
    description: z.string().check(z.maxLength(4000)),
    practiceIds: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20)),
    cancelled: z.boolean(),
  })
  .check(
    z.refine((s) => s.end > s.start, {
      message: 'A session must end after it starts',
      path: ['end'],
    }),
    z.refine((s) => s.end.slice(0, 10) === s.start.slice(0, 10), {
      message: 'A session must end on the day it starts',
      path: ['end'],
    }),
  );

/** An IANA time-zone name the runtime knows. */
export const TimeZoneSchema = z
  .string()
  .check(z.refine(isTimeZone, 'Use an IANA time-zone name such as America/New_York'));

const DateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD'));

/** The event itself (see event.ts): what the header, day tabs and exports say. */
export const EventInfoSchema = z
  .object({
    title: trimmed(200),
    shortName: trimmed(60),
    start: DateSchema,
    end: DateSchema,
    city: z.string().check(z.maxLength(100)),
    venue: z.string().check(z.maxLength(200)),
    timeZone: TimeZoneSchema,
  })
  .check(
    z.refine((e) => e.end >= e.start, {
      message: 'The event must end on or after its first day',
      path: ['end'],
    }),
    z.refine((e) => eventDays(e).length <= MAX_EVENT_DAYS, {
      message: `An event lasts at most ${MAX_EVENT_DAYS} days`,
      path: ['end'],
    }),
  );

export const AgendaSchema = z
  .object({
    version: z.int().check(z.minimum(1)),
    /** Instant (ISO 8601 with zone) at which this version was published. */
    updatedAt: z.iso.datetime({ offset: true }),
    /** The event's zone (the same as event.timeZone; kept for older devices). */
    timeZone: TimeZoneSchema,
    /** Absent in documents from before the event was data: then the 2015 convening (event.ts). */
    event: z.optional(EventInfoSchema),
    /** True for the shipped agenda, which is built from the purpose statement, not the official one. */
    illustrative: z.boolean(),
    sessions: z.array(SessionSchema).check(z.maxLength(MAX_SESSIONS)),
  })
  .check(
    z.refine((a) => a.timeZone === eventOf(a).timeZone, {
      message: "The agenda's time zone must be the event's",
      path: ['timeZone'],
    }),
    // The day check needs the event, so it lives here rather than on the session.
    z.superRefine((a, ctx) => {
      const event = eventOf(a);
      const days = new Set(eventDays(event));
      a.sessions.forEach((s, i) => {
        if (!days.has(s.start.slice(0, 10))) {
          ctx.addIssue({
            code: 'custom',
            input: s.start,
            path: ['sessions', i, 'start'],
            message: `A session must start on one of the event days (${event.start} to ${event.end})`,
          });
        }
      });
    }),
  );

export type Speaker = z.infer<typeof SpeakerSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Agenda = z.infer<typeof AgendaSchema>;
export type { EventInfo } from './event';
