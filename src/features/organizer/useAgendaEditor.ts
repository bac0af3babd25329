/**
 * State of the organizer's agenda editor: the version being edited (base),
 * the working copy (draft), publishing with If-Match, and what to do after a
 * 412 (see what the other organizer changed, re-apply mine on top) or a 422
 * (problems named next to the fields). The working copy is kept in
 * sessionStorage so a reload does not lose it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Agenda, Session } from '../../domain/agenda';
import { diffAgendas, type AgendaDiff } from '../../domain/agendaDiff';
import { eventOf } from '../../domain/event';
import {
  findRoomOverlaps,
  newSession,
  rebaseAgendaEdits,
  takeTheirs,
  type MergeConflict,
} from '../../domain/agendaEditing';
import { fetchAgendaForEditing, publishAgenda, type PublishIssue } from '../../sync/organizer';
import { issueInWords } from './issueWords';

const DRAFT_KEY = 'convening.organizerDraft';

export interface FieldIssue {
  field: string;
  message: string;
}

/** How a publish ended, for the screen to move focus (the first bad field on a 422). */
export type PublishOutcome =
  | { kind: 'published' | 'stale' | 'failed' }
  | { kind: 'invalid'; first?: { sessionId: string; field: string } };

export interface Notice {
  tone: 'ok' | 'error';
  text: string;
}

interface SavedDraft {
  base: Agenda;
  draft: Session[];
  illustrative: boolean;
}

function loadSaved(): SavedDraft | null {
  try {
    const raw = sessionStorage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as SavedDraft) : null;
  } catch {
    return null;
  }
}

function save(value: SavedDraft | null) {
  try {
    if (value) sessionStorage.setItem(DRAFT_KEY, JSON.stringify(value));
    else sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Storage full or disabled: the draft still lives in memory.
  }
}

function newSessionId(taken: Set<string>): string {
  for (;;) {
    const id = `s-${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.has(id)) return id;
  }
}

/** "sessions.3.end" (index into what was sent) → the session id and field. */
function mapIssues(issues: PublishIssue[], sent: Session[]) {
  const bySession = new Map<string, FieldIssue[]>();
  const general: string[] = [];
  for (const i of issues) {
    const m = /^sessions\.(\d+)(?:\.(.+))?$/.exec(i.path);
    const s = m ? sent[Number(m[1])] : undefined;
    if (!s) {
      general.push(i.path ? `${i.path}: ${i.message}` : i.message);
      continue;
    }
    const field = (m![2] ?? '').split('.')[0] || 'session';
    const words = issueInWords(field, i.message);
    bySession.set(s.id, [...(bySession.get(s.id) ?? []), { field, message: words }]);
  }
  return { bySession, general };
}

export function useAgendaEditor() {
  const [base, setBase] = useState<Agenda | null>(null);
  const [draft, setDraft] = useState<Session[]>([]);
  const [illustrative, setIllustrative] = useState(false);
  const [loadError, setLoadError] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [issues, setIssues] = useState<Map<string, FieldIssue[]>>(new Map());
  const [generalIssues, setGeneralIssues] = useState<string[]>([]);
  const [stale, setStale] = useState<{ current: Agenda; theirs: AgendaDiff } | null>(null);
  const [conflicts, setConflicts] = useState<MergeConflict[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [publishing, setPublishing] = useState(false);

  const startFrom = useCallback((agenda: Agenda) => {
    setBase(agenda);
    setDraft(agenda.sessions);
    setIllustrative(agenda.illustrative);
    setIssues(new Map());
    setGeneralIssues([]);
    setStale(null);
    setConflicts([]);
    save(null);
  }, []);

  const load = useCallback(async () => {
    setLoadError('');
    const r = await fetchAgendaForEditing();
    if (r.ok) startFrom(r.value);
    else setLoadError(r.message);
  }, [startFrom]);

  useEffect(() => {
    const saved = loadSaved();
    if (saved) {
      setBase(saved.base);
      setDraft(saved.draft);
      setIllustrative(saved.illustrative);
      return;
    }
    // Loading on mount is the point of this effect; state is set when the answer arrives.
    void load();
  }, [load]);

  const edit = useCallback(
    (next: Session[], nextIllustrative = illustrative) => {
      setDraft(next);
      if (base) save({ base, draft: next, illustrative: nextIllustrative });
    },
    [base, illustrative],
  );

  const draftAgenda = useMemo<Agenda | null>(
    () => (base ? { ...base, illustrative, sessions: draft } : null),
    [base, draft, illustrative],
  );
  const preview = useMemo(
    () => (base && draftAgenda ? diffAgendas(base, draftAgenda) : null),
    [base, draftAgenda],
  );
  const overlaps = useMemo(() => findRoomOverlaps(draft), [draft]);

  return {
    base,
    draft,
    illustrative,
    loadError,
    selectedId,
    issues,
    generalIssues,
    stale,
    conflicts,
    notice,
    publishing,
    preview,
    overlaps,
    hasChanges:
      (preview?.changes.length ?? 0) > 0 || (base ? illustrative !== base.illustrative : false),
    load,
    select: setSelectedId,
    setIllustrative: (v: boolean) => {
      setIllustrative(v);
      edit(draft, v);
    },
    updateSession: (id: string, patch: Partial<Session>) =>
      edit(draft.map((s) => (s.id === id ? { ...s, ...patch } : s))),
    addSession: () => {
      const id = newSessionId(new Set(draft.map((s) => s.id)));
      // 9:00 on the first day of the event being edited (not always the 2015 convening).
      const day = base ? eventOf(base).start : undefined;
      edit([...draft, newSession(id, day ? { start: `${day}T09:00`, end: `${day}T10:00` } : {})]);
      setSelectedId(id);
    },
    removeSession: (id: string) => {
      edit(draft.filter((s) => s.id !== id));
      setSelectedId(null);
    },
    discard: () => {
      if (stale) startFrom(stale.current);
      else if (base) startFrom(base);
      setNotice(null);
    },
    publish: async (): Promise<PublishOutcome> => {
      if (!base) return { kind: 'failed' };
      setPublishing(true);
      setNotice(null);
      const sent = draft;
      const r = await publishAgenda(
        // The event travels with the version it came from, never dropped by an edit.
        { timeZone: base.timeZone, event: base.event, illustrative, sessions: sent },
        base.version,
      );
      setPublishing(false);
      if (r.ok) {
        startFrom(r.value);
        setSelectedId(null);
        setNotice({ tone: 'ok', text: `Published version ${r.value.version}.` });
        return { kind: 'published' };
      } else if (r.kind === 'stale') {
        setStale({ current: r.current, theirs: diffAgendas(base, r.current) });
        setNotice({
          tone: 'error',
          text: `Not published: another organizer published version ${r.current.version} while you were editing.`,
        });
        return { kind: 'stale' };
      } else if (r.kind === 'invalid') {
        const mapped = mapIssues(r.issues, sent);
        setIssues(mapped.bySession);
        setGeneralIssues(mapped.general);
        // Open the first session with a problem so its fields show the messages.
        const firstBad = sent.find((x) => mapped.bySession.has(x.id));
        if (firstBad) setSelectedId(firstBad.id);
        const count = r.issues.length;
        setNotice({
          tone: 'error',
          text: `Not published: ${count} ${count === 1 ? 'thing needs' : 'things need'} fixing first.`,
        });
        const field = firstBad && mapped.bySession.get(firstBad.id)?.[0]?.field;
        return {
          kind: 'invalid',
          first: firstBad && field ? { sessionId: firstBad.id, field } : undefined,
        };
      }
      setNotice({ tone: 'error', text: `Not published. ${r.message}` });
      return { kind: 'failed' };
    },
    /** Re-applies my edits (base → draft) onto the version the other organizer published. */
    reapply: () => {
      if (!base || !stale) return;
      const r = rebaseAgendaEdits(base, draft, stale.current);
      const current = stale.current;
      setBase(current);
      setDraft(r.sessions);
      save({ base: current, draft: r.sessions, illustrative });
      setConflicts(r.conflicts);
      setStale(null);
      setIssues(new Map());
      setNotice({
        tone: 'ok',
        text:
          r.conflicts.length > 0
            ? `Your edits are applied on top of version ${current.version}. Check the ${r.conflicts.length} conflict(s) below, then publish.`
            : `Your edits are applied on top of version ${current.version}. Check the preview, then publish.`,
      });
    },
    useTheirs: (c: MergeConflict) => {
      edit(takeTheirs(draft, c));
      setConflicts(conflicts.filter((x) => x !== c));
    },
    keepMine: (c: MergeConflict) => setConflicts(conflicts.filter((x) => x !== c)),
  };
}
