/**
 * Page titles: "<page> · <event short name>". The short name comes from the
 * event the device shows (src/domain/event.ts), read here only.
 */
import { currentEvent } from '../domain/event';

export function eventShortName(): string {
  return currentEvent().shortName;
}

export function pageTitle(page: string): string {
  return `${page} · ${eventShortName()}`;
}
