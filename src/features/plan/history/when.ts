/**
 * Times in the history, in the event's time zone and the app's 12-hour
 * format: "10:42 AM" on the same event day as now, else "Wed 10:42 AM",
 * and "Jun 9, 10:42 AM" outside the event's week.
 */
import { formatEventShort, formatEventTime, instantToEventLocal } from '../../../domain/clock';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatWhen(at: number, now: number = Date.now()): string {
  const local = instantToEventLocal(at);
  const today = instantToEventLocal(now);
  if (local.slice(0, 10) === today.slice(0, 10)) return formatEventTime(local);
  if (Math.abs(now - at) < 6 * 86_400_000) return formatEventShort(local);
  return `${MONTHS[Number(local.slice(5, 7)) - 1]} ${Number(local.slice(8, 10))}, ${formatEventTime(local)}`;
}
