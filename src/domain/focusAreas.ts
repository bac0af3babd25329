/**
 * The five focus areas named in the convening's purpose statement. Sessions,
 * practices and plan goals are tagged with these ids.
 */
import * as z from 'zod/mini';
import { FOCUS_AREAS, type FocusAreaId } from './focusAreaList';

// The list lives in a zod-free module so the first screen can use it without
// loading zod; re-exported here so every import keeps working.
export { FOCUS_AREAS, focusAreaLabel, type FocusAreaId } from './focusAreaList';

export const FocusAreaIdSchema = z.enum(
  FOCUS_AREAS.map((f) => f.id) as [FocusAreaId, ...FocusAreaId[]],
);
