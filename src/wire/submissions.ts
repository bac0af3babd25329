/**
 * Plan submissions, shared by the device and the endpoint. A team member
 * submits the plan as it is on the device: the device makes the id (one
 * per submission) and sends the whole Yjs state; the endpoint merges it into
 * the team's plan and stores that version with the time and the member.
 * The same id again is the same submission, so retries never make two.
 *
 *   POST /api/plans/:teamId/submissions  team       {id, update} → SubmissionAck
 *   GET  /api/plans/:teamId/submissions  team       this team's SubmissionMeta list
 *   GET  /api/submissions                organizer  every team, submissions and figures
 *   GET  /api/submissions/:teamId[?id=]  organizer  one submission as the plan export
 *   GET  /api/steps.csv                  organizer  every step of each latest submission
 */
import * as z from 'zod/mini';
import { MAX_DOC_BYTES } from './protocol';
import { PlanExportSchema } from '../domain/plan/exchange';
import { PlanSchema } from '../domain/plan/schema';

/** Base64 of a whole plan at the plan size cap, plus room for the JSON around it. */
export const MAX_SUBMISSION_BODY_BYTES = Math.ceil((MAX_DOC_BYTES * 4) / 3) + 1024;

/** Device-made ids: long enough to be unguessable, short enough to store. */
export const submissionIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, 'id: 16 to 64 letters, digits, "-" or "_"'));

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

export const submissionRequestSchema = z.strictObject({
  id: submissionIdSchema,
  /** Base64 of Y.encodeStateAsUpdate(doc): the plan exactly as the member saw it. */
  update: z.string().check(
    z.minLength(4),
    z.refine((s) => s.length % 4 === 0 && BASE64_RE.test(s), 'update: not base64'),
  ),
});
export type SubmissionRequest = z.infer<typeof submissionRequestSchema>;

export const submissionMetaSchema = z.object({
  id: z.string(),
  /** ms since the epoch, the endpoint's clock. */
  submittedAt: z.number(),
  /** The member's public id (never the credential), null if unknown. */
  memberId: z.nullable(z.string()),
  /** The member's name when they submitted, null if the device never gave one. */
  memberName: z.nullable(z.string()),
});
export type SubmissionMeta = z.infer<typeof submissionMetaSchema>;

/** 201 the first time an id arrives, 200 when the same id comes again (nothing new stored). */
export const submissionAckSchema = z.object({
  ...submissionMetaSchema.shape,
  result: z.enum(['created', 'existing']),
});
export type SubmissionAck = z.infer<typeof submissionAckSchema>;

export const SUBMISSION_ERRORS = {
  idTaken: 'submission_id_taken',
  invalidPlan: 'invalid_plan',
  notFound: 'no_submission',
} as const;

const byStatus = z.object({
  'not-started': z.int(),
  'in-progress': z.int(),
  done: z.int(),
  blocked: z.int(),
});
const byPriority = z.object({ high: z.int(), medium: z.int(), low: z.int() });

export const planFiguresSchema = z.object({
  goals: z.int(),
  steps: z.int(),
  stepsByStatus: byStatus,
  taNeedsByPriority: byPriority,
  mandatesWithoutSteps: z.array(z.string()),
});

export const teamSubmissionsSchema = z.object({
  teamId: z.string(),
  state: z.string(),
  team: z.string(),
  /** Newest first; empty when the team has not submitted. */
  submissions: z.array(submissionMetaSchema),
  /** Figures of the latest submission (never of the draft), null before the first. */
  latest: z.nullable(planFiguresSchema),
});
export type TeamSubmissions = z.infer<typeof teamSubmissionsSchema>;

export const submissionsListSchema = z.object({ teams: z.array(teamSubmissionsSchema) });
export type SubmissionsList = z.infer<typeof submissionsListSchema>;

export const submissionDetailSchema = z.object({
  teamId: z.string(),
  state: z.string(),
  team: z.string(),
  submission: submissionMetaSchema,
  /** The submitted plan in the JSON export format teams download. */
  export: PlanExportSchema,
  /** Every submission of the team, newest first (this one included). */
  submissions: z.array(submissionMetaSchema),
  /** Titles of the library practices the plan links, by id (the export carries ids only). */
  practiceTitles: z.record(z.string(), z.string()),
});
export type SubmissionDetail = z.infer<typeof submissionDetailSchema>;

/** What the team's own list answers: its submissions and the latest plan, to count changes. */
export const teamOwnSubmissionsSchema = z.object({
  submissions: z.array(submissionMetaSchema),
  latestPlan: z.nullable(PlanSchema),
});
export type TeamOwnSubmissions = z.infer<typeof teamOwnSubmissionsSchema>;

export const STEPS_CSV_COLUMNS = [
  'state',
  'team',
  'mandate_or_goal',
  'step',
  'lead_agency',
  'partners',
  'owner_role',
  'target_date',
  'status',
  'linked_practices',
  'submitted_at',
] as const;
