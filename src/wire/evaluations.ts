/**
 * The evaluation part of the wire contract, shared by the device and the
 * endpoint: what `POST /api/evaluations` accepts (a session rating or the
 * overall evaluation of the convening), its error codes, and the organizer's
 * summary answer. The id is made by the device, one per device and session
 * (or one for the overall evaluation): sending the same id again replaces
 * that evaluation, so retries and duplicate sends never count twice.
 */
import * as z from 'zod/mini';

export const MAX_EVALUATION_BODY_BYTES = 8 * 1024;
export const MAX_COMMENT_CHARS = 2000;

/** Device-made ids: long enough to be unguessable, short enough to store. */
const evaluationId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, 'id: 16 to 64 letters, digits, "-" or "_"'));
const rating = z.int().check(z.minimum(1), z.maximum(5));
const comment = z.optional(z.string().check(z.maxLength(MAX_COMMENT_CHARS)));

export const sessionEvaluationSchema = z.strictObject({
  id: evaluationId,
  sessionId: z.string().check(z.minLength(1), z.maxLength(100)),
  rating,
  comment,
});
export type SessionEvaluation = z.infer<typeof sessionEvaluationSchema>;

/** The questions of the overall evaluation, in the order the form asks them. */
export const OVERALL_QUESTIONS = [
  { key: 'plan', label: 'How useful was the convening for your State’s action plan?' },
  { key: 'practices', label: 'How useful were the practice examples?' },
  { key: 'planningTime', label: 'How useful was the State team planning time?' },
] as const;
export type OverallQuestion = (typeof OVERALL_QUESTIONS)[number]['key'];

export const overallEvaluationSchema = z.strictObject({
  id: evaluationId,
  kind: z.literal('overall'),
  answers: z.strictObject({ plan: rating, practices: rating, planningTime: rating }),
  comment,
});
export type OverallEvaluation = z.infer<typeof overallEvaluationSchema>;

export type EvaluationRequest = SessionEvaluation | OverallEvaluation;

/**
 * Parses a request body with the schema its shape asks for (`kind:
 * "overall"` or a session rating), so a mistake is named field by field
 * rather than as "matches neither".
 */
export function parseEvaluation(body: unknown) {
  const overall =
    typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === 'overall';
  return overall
    ? overallEvaluationSchema.safeParse(body)
    : sessionEvaluationSchema.safeParse(body);
}

export const evaluationAckSchema = z.object({
  id: z.string(),
  /** "created" the first time, "replaced" when the same id came again. */
  result: z.enum(['created', 'replaced']),
});
export type EvaluationAck = z.infer<typeof evaluationAckSchema>;

export const EVALUATION_ERRORS = {
  notOpen: 'evaluation_not_open',
  closed: 'evaluation_closed',
  unknownSession: 'unknown_session',
  cancelled: 'session_cancelled',
  idTaken: 'evaluation_id_taken',
  tooMany: 'too_many_evaluations',
} as const;

const distribution = z.array(z.int()).check(z.length(5));

export const sessionEvaluationSummarySchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  start: z.string(),
  room: z.string(),
  count: z.int(),
  /** Mean rating, or null with no ratings. */
  mean: z.nullable(z.number()),
  /** How many gave 1, 2, 3, 4, 5. */
  distribution,
  comments: z.array(z.string()),
});
export type SessionEvaluationSummary = z.infer<typeof sessionEvaluationSummarySchema>;

export const overallSummarySchema = z.object({
  count: z.int(),
  questions: z.array(
    z.object({ key: z.string(), label: z.string(), mean: z.nullable(z.number()), distribution }),
  ),
  comments: z.array(z.string()),
});
export type OverallSummary = z.infer<typeof overallSummarySchema>;

export const evaluationsResponseSchema = z.object({
  sessions: z.array(sessionEvaluationSummarySchema),
  overall: overallSummarySchema,
});
export type EvaluationsResponse = z.infer<typeof evaluationsResponseSchema>;
