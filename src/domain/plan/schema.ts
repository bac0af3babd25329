/**
 * The plan's read model: what screens, exports and the endpoint see once a
 * Yjs plan document is decoded (see model.ts). zod validates it, so a
 * document that no longer decodes is caught at the border.
 */
import * as z from 'zod/mini';
import { FocusAreaIdSchema } from '../focusAreas';

export const PLAN_SCHEMA_VERSION = 1;

export const STEP_STATUSES = [
  { id: 'not-started', label: 'Not started' },
  { id: 'in-progress', label: 'In progress' },
  { id: 'done', label: 'Done' },
  { id: 'blocked', label: 'Blocked' },
] as const;
export type StepStatus = (typeof STEP_STATUSES)[number]['id'];
export const StepStatusSchema = z.enum(['not-started', 'in-progress', 'done', 'blocked']);

export const PRIORITIES = [
  { id: 'high', label: 'High' },
  { id: 'medium', label: 'Medium' },
  { id: 'low', label: 'Low' },
] as const;
export type Priority = (typeof PRIORITIES)[number]['id'];
/** The one spelling people read for a priority ("High"), wherever it is shown. */
export function priorityLabel(id: string): string {
  return PRIORITIES.find((p) => p.id === id)?.label ?? id;
}
export const PrioritySchema = z.enum(['high', 'medium', 'low']);

/** The standard partner list; teams may add free entries too. */
export const STANDARD_PARTNERS = [
  { id: 'child-welfare', label: 'Child welfare' },
  { id: 'law-enforcement', label: 'Law enforcement' },
  { id: 'juvenile-justice', label: 'Juvenile justice' },
  { id: 'courts-cip', label: 'Courts / CIP' },
  { id: 'health', label: 'Health and mental health' },
  { id: 'education', label: 'Education' },
  { id: 'rhy', label: 'Runaway and homeless youth providers' },
  { id: 'victim-advocates', label: 'Victim advocates' },
  { id: 'survivors', label: 'Survivors / youth with lived experience' },
  { id: 'caregivers', label: 'Caregivers' },
] as const;

/** Free partner entries are stored under this prefix, standard ones by id. */
export const OTHER_PARTNER_PREFIX = 'other:';

export function partnerLabel(key: string): string {
  if (key.startsWith(OTHER_PARTNER_PREFIX)) return key.slice(OTHER_PARTNER_PREFIX.length);
  return STANDARD_PARTNERS.find((p) => p.id === key)?.label ?? key;
}

export const ItemId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
/** Empty or a calendar date (YYYY-MM-DD). */
export const DateField = z.union([z.literal(''), z.iso.date()]);
const Text = z.string().check(z.maxLength(100_000));

export const StepSchema = z.object({
  id: ItemId,
  order: z.number(),
  text: Text,
  lead: Text,
  owner: Text,
  due: DateField,
  status: StepStatusSchema,
  partners: z.array(z.string().check(z.minLength(1), z.maxLength(200))),
  practices: z.array(z.string().check(z.minLength(1), z.maxLength(64))),
});

export const GoalSchema = z.object({
  id: ItemId,
  order: z.number(),
  mandateId: z.optional(z.string().check(z.maxLength(64))),
  title: Text,
  focusAreas: z.array(FocusAreaIdSchema),
  steps: z.array(StepSchema),
});

export const TaNeedSchema = z.object({
  id: ItemId,
  topic: Text,
  description: Text,
  priority: PrioritySchema,
});

export const PlanSchema = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  title: Text,
  /** Two-letter postal code, or '' before the team picks one. */
  state: z.union([z.literal(''), z.string().check(z.regex(/^[A-Z]{2}$/))]),
  notes: Text,
  goals: z.array(GoalSchema),
  taNeeds: z.array(TaNeedSchema),
});

export type Step = z.infer<typeof StepSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type TaNeed = z.infer<typeof TaNeedSchema>;
export type Plan = z.infer<typeof PlanSchema>;
