/**
 * What changed in the agenda since the person last said "Got it" on this
 * device: the combined diff from the acknowledged snapshot to the version
 * shown now, changes to bookmarked sessions first. The first agenda the
 * device receives from the endpoint becomes the baseline silently.
 */
import { useEffect, useMemo } from 'react';
import type { Agenda } from '../../../domain/agenda';
import {
  diffAgendas,
  diffSession,
  orderChanges,
  type SessionChange,
} from '../../../domain/agendaDiff';
import { acknowledgeAgenda, initAgendaSeen, useAgendaSeen } from '../../../db/agendaSeen';
import { useBookmarkIds } from '../../../db/bookmarks';
import { startAgendaEvents } from '../../../sync/agendaEvents';
import { useAgenda } from '../useAgenda';

const NO_BOOKMARKS: ReadonlySet<string> = new Set();

export interface AgendaChanges {
  changes: SessionChange[];
  bookmarks: ReadonlySet<string>;
  agenda: Agenda;
  fromVersion?: number;
  dismiss: () => Promise<void>;
}

export function useAgendaChanges(): AgendaChanges {
  const { agenda, origin } = useAgenda();
  const seen = useAgendaSeen();
  const bookmarkIds = useBookmarkIds();
  const bookmarks = bookmarkIds ?? NO_BOOKMARKS;

  // The banner should appear within seconds of a publish: listen to the event stream.
  useEffect(() => startAgendaEvents(), []);

  useEffect(() => {
    if (seen && !seen.value && origin === 'endpoint') void initAgendaSeen(agenda);
  }, [seen, origin, agenda]);

  const base = seen?.value?.agenda;
  const changes = useMemo(() => {
    // Wait for the bookmarks too: the list is ordered by them, and must not
    // reshuffle under the reader a moment after it appears.
    if (!base || !bookmarkIds || agenda.version <= base.version) return [];
    return orderChanges(diffAgendas(base, agenda).changes, bookmarkIds);
  }, [base, agenda, bookmarkIds]);

  return {
    changes,
    bookmarks,
    agenda,
    fromVersion: base?.version,
    dismiss: () => acknowledgeAgenda(agenda),
  };
}

/**
 * The change to one session to mark on its page: since the snapshot before
 * the last acknowledgement, so a change stays marked after "Got it".
 */
export function useSessionChange(sessionId: string): SessionChange | null {
  const { agenda } = useAgenda();
  const seen = useAgendaSeen();
  return useMemo(() => {
    const value = seen?.value;
    if (!value || agenda.version < value.agenda.version) return null;
    const from = value.before ?? value.agenda;
    if (from.version >= agenda.version) return null;
    return diffSession(
      from.sessions.find((s) => s.id === sessionId),
      agenda.sessions.find((s) => s.id === sessionId),
    );
  }, [seen, agenda, sessionId]);
}
