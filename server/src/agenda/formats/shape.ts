/**
 * Reading untrusted parsed data (JSON, XML turned into objects) without
 * casts: each helper answers the value only when it has the expected shape.
 */
export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Strings as they are; numbers as text (a file may write `"id": 25` or `"id": "25"`). */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function strList(v: unknown): string[] {
  return arr(v).filter((x): x is string => typeof x === 'string');
}
