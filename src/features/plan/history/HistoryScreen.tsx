/**
 * /plan/history: the team plan's versions (time, who contributed, one line
 * of what changed), its activity (newest first), and "Recently deleted",
 * whose items come back with one action. What the device fetched stays
 * readable offline.
 */
import { useState } from 'react';
import { Link } from 'wouter';
import type { LocalPlan } from '../../../plan-runtime';
import { restoreDeleted } from '../../../domain/plan/restore';
import type { RecentlyDeleted } from '../../../wire/history';
import { usePageTitle } from '../../../app/usePageTitle';
import { useTeamState, useTeamSync } from '../team/useTeamSync';
import { usePlanRead, type Undo } from '../usePlan';
import { DeletedList, describeDeleted } from './DeletedList';
import { RestoreNotice } from './RestoreNotice';
import { nameIn, useActivity, useHistoryRefresh, useVersions } from './useTeamHistory';
import { formatWhen } from './when';
import './history.css';

export function HistoryScreen({ plan: local, undo }: { plan: LocalPlan; undo: Undo }) {
  usePageTitle('Plan history');
  // The plan keeps syncing here (the editor, which otherwise runs it, is not shown): a restore goes out at once.
  useTeamSync(local);
  const inTeam = useTeamState(local.planId) !== 'none';
  const problem = useHistoryRefresh(local.planId, local.doc, inTeam, true);
  const activity = useActivity(local.planId);
  const versions = useVersions(local.planId);
  const read = usePlanRead(local.doc);
  const [restored, setRestored] = useState<string>();

  const restore = (d: RecentlyDeleted) => {
    undo.stopCapturing();
    restoreDeleted(local.doc, d.item);
    undo.stopCapturing();
    setRestored(`Restored: ${describeDeleted(d)}.`);
  };

  return (
    <div className="plan-history">
      <p className="back-link">
        <Link href="/">← Back to the plan</Link>
      </p>
      <h1>Plan history</h1>
      {!inTeam ? (
        <p>
          History is kept for team plans: join your State team from the plan to see who changed
          what, earlier versions and recently deleted items.
        </p>
      ) : (
        <>
          {problem && <p className="muted history-problem">{problem}</p>}
          {restored && (
            <RestoreNotice text={restored} undo={undo} onUndone={() => setRestored(undefined)} />
          )}
          <section aria-labelledby="deleted-h" className="plan-section">
            <h2 id="deleted-h">Recently deleted</h2>
            {activity && read.ok ? (
              <DeletedList activity={activity} plan={read.plan} onRestore={restore} />
            ) : (
              <p className="muted">{activity === undefined ? 'Loading…' : 'Not fetched yet.'}</p>
            )}
          </section>
          <section aria-labelledby="versions-h" className="plan-section">
            <h2 id="versions-h">Versions</h2>
            {versions?.versions.length ? (
              <ol className="history-list">
                {versions.versions.map((v) => (
                  <li key={v.id} className="history-item">
                    <div>
                      <p className="history-what">
                        <Link
                          href={`/history/${v.id}`}
                          aria-label={`Version of ${formatWhen(v.at)}`}
                        >
                          {formatWhen(v.at)}
                        </Link>
                        {v.reason === 'day-end' && ' (end of the day)'}
                      </p>
                      <p>{v.summary}</p>
                      {v.members.length > 0 && (
                        <p className="muted">
                          By {v.members.map((m) => nameIn(versions.members, m)).join(', ')}
                        </p>
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">{versions === undefined ? 'Loading…' : 'No versions yet.'}</p>
            )}
          </section>
          <section aria-labelledby="activity-h" className="plan-section">
            <h2 id="activity-h">Activity</h2>
            {activity?.entries.length ? (
              <ol className="activity-list">
                {activity.entries.map((e, i) => (
                  <li key={`${e.at}-${i}`}>
                    <span>
                      {nameIn(activity.members, e.memberId)} {e.text}
                    </span>{' '}
                    <span className="muted">{formatWhen(e.at)}</span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">{activity === undefined ? 'Loading…' : 'No activity yet.'}</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
