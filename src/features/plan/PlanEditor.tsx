/**
 * The plan editor: title and State, the privacy reminder, save state,
 * undo/redo, an overview, the goals with their steps, TA needs, notes, and
 * the take-home and remove actions. Everything edits the LocalPlan's Y.Doc.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  addGoal,
  notesText,
  safeReadPlan,
  setPlanState,
  titleText,
  US_STATES,
} from '../../domain/plan';
import { GoalEditor } from './GoalEditor';
import type { LocalPlan } from '../../plan-runtime';
import { askPersistentStorage } from './persist';
import { PlanFiles, downloadJson } from './PlanFiles';
import { PlanOverview } from './PlanOverview';
import { RemovePlan } from './RemovePlan';
import { RemoveGuard } from './team/RemoveGuard';
import { SyncBadge } from './team/SyncBadge';
import { TeamPanel } from './team/TeamPanel';
import { useTeamLink, useTeamState } from './team/useTeamSync';
import { SubmitPlan } from './submit/SubmitPlan';
import { SaveStatus, StorageBanner } from './SaveStatus';
import { TaNeedsEditor } from './TaNeedsEditor';
import { usePlanRead, useSaveState, useUndo, type Undo } from './usePlan';
import { ActivityContext } from './history/LastChanged';
import { useActivity, useHistoryRefresh } from './history/useTeamHistory';
import { Link } from 'wouter';
import { PresenceContext } from './presence/PresenceContext';
import { PresentList } from './presence/PresentList';
import { usePlanPresence } from './presence/usePlanPresence';
import { YTextField } from './YTextField';
import { usePageTitle } from '../../app/usePageTitle';
import { keepPlace } from '../../app/focus/moveFocus';
import { PlanJumps } from './PlanJumps';
import { PRINT_LINK_ID, restoreEditorPlace, takeEditorPlace } from './editorPlace';
import { useUndoShortcuts } from './undo/useUndoShortcuts';
import './plan.css';

export interface PlanEditorProps {
  plan: LocalPlan;
  onRemove: () => Promise<void>;
  /** The plan's undo manager when the routes keep one (History's restores use it too). */
  undo?: Undo;
}

/** Phone width (the plan's one-column layout): 40rem, as in plan.css. */
function isNarrowScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 40rem)').matches;
}

function readGoalIds(doc: Y.Doc): string[] {
  const r = safeReadPlan(doc);
  return r.ok ? r.plan.goals.map((g) => g.id) : [];
}

export function PlanEditor({ plan: local, onRemove, undo: shared }: PlanEditorProps) {
  const doc = local.doc;
  const read = usePlanRead(doc);
  const save = useSaveState(local);
  // A device removed from its team keeps the sync line: it says so.
  const inTeam = useTeamState(local.planId) !== 'none';
  const link = useTeamLink(local.planId);
  const own = useUndo(doc, !shared);
  const { undo, redo, stopCapturing, canUndo, canRedo } = shared ?? own;
  useHistoryRefresh(local.planId, doc, inTeam);
  const activity = useActivity(local.planId);
  useUndoShortcuts({ undo, redo, stopCapturing });
  // On a phone the plan opens as an outline: goals folded, the overview shut.
  const [narrow] = useState(isNarrowScreen);
  const [collapsed, setCollapsed] = useState<Set<string>>(() =>
    narrow ? new Set(readGoalIds(doc)) : new Set(),
  );
  const toggle = useCallback(
    (id: string) =>
      setCollapsed((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const backup = useCallback(() => downloadJson(doc), [doc]);
  usePageTitle('Our action plan');

  useEffect(() => {
    void askPersistentStorage();
  }, []);

  const editorRef = useRef<HTMLDivElement>(null);
  const presence = usePlanPresence(local.planId, editorRef);

  // Back from the print view: the same scroll position, focus on the link
  // that opened it (so the route's focus rule leaves it there).
  useLayoutEffect(() => {
    const place = takeEditorPlace();
    const link = document.getElementById(PRINT_LINK_ID);
    if (!place || !link) return;
    restoreEditorPlace(place, link);
    link.focus({ preventScroll: true });
  }, []);

  if (!read.ok)
    return (
      <div className="banner banner-error" role="alert">
        <p>
          This plan could not be read ({read.error}). Download a backup and contact the organizers.
        </p>
        <button type="button" onClick={backup}>
          Download a backup
        </button>
      </div>
    );
  const p = read.plan;

  return (
    <PresenceContext value={presence}>
      <ActivityContext value={inTeam ? activity : undefined}>
        <div className="plan-editor" ref={editorRef}>
          <div className="plan-top">
            <h1>Our action plan</h1>
            {/* One status line: in a team the sync status (which covers saving too), else the save status. */}
            {inTeam ? <SyncBadge planId={local.planId} doc={doc} /> : <SaveStatus state={save} />}
          </div>
          <StorageBanner state={save} onBackup={backup} />
          <TeamPanel plan={local} />
          <PresentList />
          {inTeam && (
            <p className="history-link">
              <Link href="/history">History, activity and recently deleted</Link>
            </p>
          )}
          {save.status === 'error' && save.reason === 'removed' && (
            <div className="banner banner-warn" role="alert">
              <p>{save.message}</p>
              <button type="button" onClick={() => window.location.reload()}>
                Reload
              </button>
            </div>
          )}
          <aside className="privacy" aria-label="Privacy reminder">
            <strong>Plans describe systems, not children.</strong> Never write names, dates of
            birth, case numbers or locations of any child or family here.
          </aside>
          <div className="toolbar" role="toolbar" aria-label="Undo and redo">
            <button
              type="button"
              id="plan-undo"
              onClick={() => {
                // The last undo disables this button: focus goes to Redo.
                keepPlace(['plan-undo', 'plan-redo']);
                undo();
              }}
              disabled={!canUndo}
              aria-keyshortcuts="Control+Z Meta+Z"
            >
              Undo
            </button>
            <button
              type="button"
              id="plan-redo"
              onClick={() => {
                keepPlace(['plan-redo', 'plan-undo']);
                redo();
              }}
              disabled={!canRedo}
              aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            >
              Redo
            </button>
          </div>

          <section aria-labelledby="plan-details-h" className="plan-section">
            <h2 id="plan-details-h">Plan details</h2>
            <div className="details-grid">
              <YTextField ytext={titleText(doc)} id="plan-title" label="Plan title" />
              <div className="field">
                <label htmlFor="plan-state">State</label>
                <select
                  id="plan-state"
                  value={p.state}
                  onChange={(e) => setPlanState(doc, e.currentTarget.value)}
                >
                  <option value="">Choose…</option>
                  {US_STATES.map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </section>

          <PlanJumps />

          <details className="plan-section overview-box" open={!narrow}>
            <summary>
              <h2>Overview</h2>
            </summary>
            <PlanOverview plan={p} />
          </details>

          <section aria-labelledby="goals-h" className="plan-section" data-focus-heading="goals-h">
            <div className="section-head">
              <h2 id="goals-h">Goals and action steps</h2>
              <button
                type="button"
                onClick={() =>
                  setCollapsed((s) => (s.size ? new Set() : new Set(p.goals.map((g) => g.id))))
                }
              >
                {collapsed.size ? 'Expand all goals' : 'Collapse all goals'}
              </button>
            </div>
            {p.goals.map((g, i) => (
              <GoalEditor
                key={g.id}
                doc={doc}
                goal={g}
                index={i}
                isFirst={i === 0}
                isLast={i === p.goals.length - 1}
                collapsed={collapsed.has(g.id)}
                onToggle={toggle}
              />
            ))}
            <button
              type="button"
              id="add-goal"
              className="btn-primary"
              onClick={() => {
                const id = addGoal(doc);
                requestAnimationFrame(() => document.getElementById(`goal-${id}-title`)?.focus());
              }}
            >
              Add a goal
            </button>
          </section>

          <section aria-labelledby="ta-h" className="plan-section">
            <h2 id="ta-h">Technical-assistance needs</h2>
            <p className="muted">
              What help your State expects to need. The organizers see these across all States.
            </p>
            <TaNeedsEditor doc={doc} needs={p.taNeeds} />
          </section>

          <section aria-labelledby="notes-h" className="plan-section">
            <h2 id="notes-h">Notes</h2>
            <YTextField
              ytext={notesText(doc)}
              id="plan-notes"
              label="Notes for the team"
              multiline
              rows={3}
            />
          </section>

          {link && <SubmitPlan plan={local} current={p} link={link} />}

          <section aria-labelledby="files-h" className="plan-section">
            <h2 id="files-h">Take it home</h2>
            <PlanFiles doc={doc} flush={local.flush} />
          </section>

          <section aria-labelledby="device-h" className="plan-section">
            <h2 id="device-h">This device</h2>
            <RemoveGuard planId={local.planId} doc={doc}>
              <RemovePlan plan={p} onRemove={onRemove} onBackup={backup} />
            </RemoveGuard>
          </section>
        </div>
      </ActivityContext>
    </PresenceContext>
  );
}
