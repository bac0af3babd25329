/**
 * The five focus areas named in the convening's purpose statement, free of
 * zod so the first screen can use them (focusAreas.ts adds the schema).
 */
export const FOCUS_AREAS = [
  { id: 'prevention', label: 'Prevention' },
  { id: 'identification', label: 'Identification and assessment' },
  { id: 'placement', label: 'Appropriate placements' },
  { id: 'training', label: 'Training of workforce and caregivers' },
  { id: 'services', label: 'Individualized services and support' },
] as const;

export type FocusAreaId = (typeof FOCUS_AREAS)[number]['id'];

export function focusAreaLabel(id: FocusAreaId): string {
  return FOCUS_AREAS.find((f) => f.id === id)?.label ?? id;
}
