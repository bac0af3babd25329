/**
 * The five focus areas named in the convening's purpose statement. Sessions,
 * practices and plan goals are tagged with these ids.
 */
import { z } from 'zod';

export const FOCUS_AREAS = [
  { id: 'prevention', label: 'Prevention' },
  { id: 'identification', label: 'Identification and assessment' },
  { id: 'placement', label: 'Appropriate placements' },
  { id: 'training', label: 'Training of workforce and caregivers' },
  { id: 'services', label: 'Individualized services and support' },
] as const;

export type FocusAreaId = (typeof FOCUS_AREAS)[number]['id'];

export const FocusAreaIdSchema = z.enum(
  FOCUS_AREAS.map((f) => f.id) as [FocusAreaId, ...FocusAreaId[]],
);

export function focusAreaLabel(id: FocusAreaId): string {
  return FOCUS_AREAS.find((f) => f.id === id)?.label ?? id;
}
