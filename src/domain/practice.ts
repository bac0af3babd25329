/**
 * The best-practice library: schemas for the ten practices of the May 2013
 * brief and their examples, the lessons carried forward (Children's Bureau
 * Express 2021/22) and the prevention resource collection.
 */
import { z } from 'zod';
import { FocusAreaIdSchema } from './focusAreas';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);

export const JurisdictionSchema = z.object({
  id: Id,
  name: z.string().min(1),
  /** 'state' or 'county' */
  level: z.enum(['state', 'county']),
  /** Two-letter postal code of the State it is in. */
  state: z.string().length(2),
});

export const ExampleSchema = z.object({
  id: Id,
  jurisdictionId: Id,
  /** Agency or body that runs it, as named in the brief. */
  agency: z.string().min(1),
  /** Named programme, if any (e.g. "SEEN"). */
  programme: z.string().optional(),
  /** The project's own summary of what was done. */
  summary: z.string().min(1),
  /** Key facts carried over exactly from the source ("72 hours", "more than 35"). */
  facts: z.array(z.string().min(1)),
});

export const PracticeSchema = z.object({
  id: Id,
  /** Position in the May 2013 brief, 1 to 10. */
  number: z.number().int().min(1).max(10),
  title: z.string().min(1),
  summary: z.string().min(1),
  focusAreas: z.array(FocusAreaIdSchema).min(1),
  examples: z.array(ExampleSchema).min(1),
});

export const ResourceSchema = z.object({
  title: z.string().min(1),
  /** What kind of thing it is, as the source says: brief, podcast episode, ... */
  kind: z.string().min(1),
  publisher: z.string().min(1),
  note: z.string().optional(),
});

export const LessonSchema = z.object({
  id: Id,
  number: z.number().int().min(1).max(5),
  title: z.string().min(1),
  summary: z.string().min(1),
  points: z.array(z.string()),
  focusAreas: z.array(FocusAreaIdSchema),
  resources: z.array(ResourceSchema),
});

export const PreventionCollectionSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  riskFactors: z.array(z.object({ id: Id, label: z.string(), detail: z.string() })).min(1),
  protectiveFactors: z.array(z.object({ id: Id, label: z.string(), detail: z.string() })).min(1),
  laws: z.array(z.object({ id: Id, name: z.string(), note: z.string() })).length(3),
});

/** Where a part of the library comes from (title, date, who published it). */
export const SourceRefSchema = z.object({
  title: z.string().min(1),
  date: z.string().min(1),
  publisher: z.string().optional(),
});

export const LibrarySchema = z.object({
  source: z.object({ title: z.string(), date: z.string() }),
  /** The article the five lessons come from (added after the first schema; optional). */
  lessonsSource: SourceRefSchema.optional(),
  /** The resource collection the prevention part comes from (optional). */
  preventionSource: SourceRefSchema.optional(),
  jurisdictions: z.array(JurisdictionSchema),
  practices: z.array(PracticeSchema).length(10),
  lessons: z.array(LessonSchema).length(5),
  prevention: PreventionCollectionSchema,
});

export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
export type Example = z.infer<typeof ExampleSchema>;
export type Practice = z.infer<typeof PracticeSchema>;
export type Resource = z.infer<typeof ResourceSchema>;
export type Lesson = z.infer<typeof LessonSchema>;
export type PreventionCollection = z.infer<typeof PreventionCollectionSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Library = z.infer<typeof LibrarySchema>;
