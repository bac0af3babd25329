/**
 * Page titles: "<page> · <event short name>". The event's short name is read
 * through eventShortName() only, so when the event becomes data instead of a
 * constant this is the one place to change.
 */

const EVENT_SHORT_NAME = 'Trafficking and Child Welfare Convening';

export function eventShortName(): string {
  return EVENT_SHORT_NAME;
}

export function pageTitle(page: string): string {
  return `${page} · ${eventShortName()}`;
}
