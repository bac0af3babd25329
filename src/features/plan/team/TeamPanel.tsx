/**
 * The team part of the plan editor: joining with a code or the team this
 * device belongs to, and leaving the team. A device an organizer removed
 * from its team is told its plan is still here and offered the join form.
 * Mounting it runs the team sync loop for the open plan; the editor's top
 * line shows the sync status.
 */
import { useId } from 'react';
import { leaveTeam } from '../../../sync/teams';
import type { LocalPlan } from '../../../plan-runtime';
import { JoinTeamForm } from './JoinTeamForm';
import { TeamMembers } from './TeamMembers';
import { adoptTeamState } from './adoptTeamState';
import { useTeamState, useTeamSync } from './useTeamSync';
import './team.css';

export function TeamPanel({ plan }: { plan: LocalPlan }) {
  const link = useTeamSync(plan);
  const removed = useTeamState(plan.planId) === 'removed';
  const headingId = useId();
  return (
    <section className="team-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Team</h2>
      {link ? (
        <div className="team-linked">
          <p>
            This plan is shared with the <strong>{link.teamName || link.state}</strong>
            {link.teamName && link.state ? ` (${link.state})` : ''}. Changes reach your teammates
            when you are online.
          </p>
          <TeamMembers link={link} planId={plan.planId} />
          <button type="button" className="btn-quiet" onClick={() => void leaveTeam(plan.planId)}>
            Leave team
          </button>
        </div>
      ) : (
        <>
          {removed && (
            <p className="team-removed">
              An organizer removed this device from the team. Your plan and the changes not yet
              shared are still here: join again with a new code from your team lead to share them.
            </p>
          )}
          <JoinTeamForm
            planId={plan.planId}
            onJoined={(state) => adoptTeamState(plan.doc, state)}
          />
        </>
      )}
    </section>
  );
}
