/**
 * The event's IANA time zone as the endpoint knows it: from the current
 * agenda document (its `event`), else the 2015 convening's. Parsed once per
 * agenda version, since a sync asks for it.
 */
import type { AgendaStore } from '../db/agenda';
import { eventOf } from '../../../src/domain/event';
import type { EventInfo } from '../../../src/domain/event';

export function eventZoneReader(agenda: AgendaStore): () => string {
  let cached: { version: number | undefined; zone: string } | undefined;
  return () => {
    const version = agenda.currentVersion();
    if (cached && cached.version === version) return cached.zone;
    let zone = eventOf({}).timeZone;
    try {
      const json = agenda.current()?.json;
      if (json) zone = eventOf(JSON.parse(json) as { event?: EventInfo }).timeZone;
    } catch {
      // A stored agenda that does not parse keeps the default zone.
    }
    cached = { version, zone };
    return zone;
  };
}
