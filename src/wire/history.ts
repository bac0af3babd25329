/**
 * The plan's history on the wire, shared by the device and the endpoint:
 * who changed what (activity), the versions the endpoint keeps, and what
 * was deleted recently. All of it is served to the plan's own team only
 * (`/api/plans/:teamId/…`, team credential). Members are named by their
 * public id; each answer carries the team's members (including removed
 * devices, so past authors keep their names) for the device to name them.
 */
import * as z from 'zod/mini';
import { memberSchema } from './members';
import { GoalSchema, StepSchema, TaNeedSchema } from '../domain/plan/schema';

/** How long "Recently deleted" looks back. */
export const RECENTLY_DELETED_DAYS = 30;
/** At most this many activity lines come back, newest first. */
export const ACTIVITY_LIMIT = 200;

export const deletedItemSchema = z.union([
  z.object({ kind: z.literal('goal'), goal: GoalSchema }),
  z.object({
    kind: z.literal('step'),
    goalId: z.string(),
    goalTitle: z.string(),
    step: StepSchema,
  }),
  z.object({ kind: z.literal('taNeed'), taNeed: TaNeedSchema }),
]);

export const activityEntrySchema = z.object({
  /** ms since the epoch */
  at: z.number(),
  /** Public member id, or null for changes stored before authors were recorded. */
  memberId: z.nullable(z.string()),
  itemId: z.string(),
  /** Without the name: "added step 3 to goal 2". */
  text: z.string(),
});
export type ActivityEntry = z.infer<typeof activityEntrySchema>;

export const lastChangeSchema = z.object({ at: z.number(), memberId: z.nullable(z.string()) });
export type LastChange = z.infer<typeof lastChangeSchema>;

export const recentlyDeletedSchema = z.object({
  at: z.number(),
  memberId: z.nullable(z.string()),
  item: deletedItemSchema,
});
export type RecentlyDeleted = z.infer<typeof recentlyDeletedSchema>;

/** `GET /api/plans/:teamId/activity` */
export const activityResponseSchema = z.object({
  members: z.array(memberSchema),
  /** Newest first, at most ACTIVITY_LIMIT. */
  entries: z.array(activityEntrySchema),
  /** Per goal, step and TA need id: the last change to it. */
  lastChanged: z.record(z.string(), lastChangeSchema),
  /** Items deleted in the last RECENTLY_DELETED_DAYS days and not back since, newest first. */
  deleted: z.array(recentlyDeletedSchema),
});
export type ActivityResponse = z.infer<typeof activityResponseSchema>;

export const VERSION_REASONS = ['activity', 'day-end', 'before-bulk'] as const;
export const versionReasonSchema = z.enum(VERSION_REASONS);

export const versionSummarySchema = z.object({
  id: z.number(),
  at: z.number(),
  reason: versionReasonSchema,
  /** Who contributed since the version before (public member ids). */
  members: z.array(z.string()),
  /** One line: "2 steps added, 1 goal changed" or "Before: deleted goal 2 …". */
  summary: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

/** `GET /api/plans/:teamId/history` */
export const historyResponseSchema = z.object({
  members: z.array(memberSchema),
  /** Newest first. */
  versions: z.array(versionSummarySchema),
});
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

/** `GET /api/plans/:teamId/history/:versionId` answers a PlanExport (src/domain/plan/exchange.ts). */
export const versionIdSchema = z.string().check(z.regex(/^[1-9][0-9]{0,15}$/));
