/**
 * The best-practice library: schemas for the ten practices of the May 2013
 * brief and their examples, the lessons carried forward (Children's Bureau
 * Express 2021/22) and the prevention resource collection.
 */
import * as z from 'zod/mini';
import { FocusAreaIdSchema } from './focusAreas';

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
/** A non-empty string. */
const nonEmpty = () => z.string().check(z.minLength(1));

export const JurisdictionSchema = z.object({
  id: Id,
  name: nonEmpty(),
  /** 'state' or 'county' */
  level: z.enum(['state', 'county']),
  /** Two-letter postal code of the State it is in. */
  state: z.string().check(z.length(2)),
});

export const ExampleSchema = z.object({
  id: Id,
  jurisdictionId: Id,
  /** Agency or body that runs it, as named in the brief. */
  agency: nonEmpty(),
  /** Named programme, if any (e.g. "SEEN"). */
  programme: z.optional(z.string()),
  /** The project's own summary of what was done. */
  summary: nonEmpty(),
  /** Key facts carried over exactly from the source ("72 hours", "more than 35"). */
  facts: z.array(nonEmpty()),
});

export const PracticeSchema = z.object({
  id: Id,
  /** Position in the May 2013 brief, 1 to 10. */
  number: z.int().check(z.minimum(1), z.maximum(10)),
  title: nonEmpty(),
  summary: nonEmpty(),
  focusAreas: z.array(FocusAreaIdSchema).check(z.minLength(1)),
  examples: z.array(ExampleSchema).check(z.minLength(1)),
});

export const ResourceSchema = z.object({
  title: nonEmpty(),
  /** What kind of thing it is, as the source says: brief, podcast episode, ... */
  kind: nonEmpty(),
  publisher: nonEmpty(),
  note: z.optional(z.string()),
});

export const LessonSchema = z.object({
  id: Id,
  number: z.int().check(z.minimum(1), z.maximum(5)),
  title: nonEmpty(),
  summary: nonEmpty(),
  points: z.array(z.string()),
  focusAreas: z.array(FocusAreaIdSchema),
  resources: z.array(ResourceSchema),
});

export const PreventionCollectionSchema = z.object({
  title: nonEmpty(),
  summary: nonEmpty(),
  riskFactors: z
    .array(z.object({ id: Id, label: z.string(), detail: z.string() }))
    .check(z.minLength(1)),
  protectiveFactors: z
    .array(z.object({ id: Id, label: z.string(), detail: z.string() }))
    .check(z.minLength(1)),
  laws: z.array(z.object({ id: Id, name: z.string(), note: z.string() })).check(z.length(3)),
});

/** Where a part of the library comes from (title, date, who published it). */
export const SourceRefSchema = z.object({
  title: nonEmpty(),
  date: nonEmpty(),
  publisher: z.optional(z.string()),
});

export const LibrarySchema = z.object({
  source: z.object({ title: z.string(), date: z.string() }),
  /** The article the five lessons come from (added after the first schema; optional). */
  lessonsSource: z.optional(SourceRefSchema),
  /** The resource collection the prevention part comes from (optional). */
  preventionSource: z.optional(SourceRefSchema),
  jurisdictions: z.array(JurisdictionSchema),
  practices: z.array(PracticeSchema).check(z.length(10)),
  lessons: z.array(LessonSchema).check(z.length(5)),
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
