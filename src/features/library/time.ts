/**
 * Formats an event wall-clock time ("2015-06-10T09:00", already in the
 * event's zone) for display, without converting it through the device's zone.
 */
const FORMAT = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
});

export function formatSessionTime(local: string): string {
  const d = new Date(`${local}:00Z`);
  return Number.isNaN(d.getTime()) ? local : FORMAT.format(d);
}
