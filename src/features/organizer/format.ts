/** Small display formats for the organizer tables. */
import { formatWhen as formatInstant } from '../../domain/clock';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** An instant in the app's one "when" format (event time, 12-hour; dated when not today). */
export function formatWhen(ms: number | string): string {
  return formatInstant(typeof ms === 'string' ? Date.parse(ms) : ms, Date.now());
}
