/**
 * The team part of the plan editor: joining with a code or the team this
 * device belongs to, and leaving the team. Mounting it runs the team sync
 * loop for the open plan; the editor's top line shows the sync status.
 */
import { useId } from 'react';
import { leaveTeam } from '../../../sync/teams';
import type { LocalPlan } from '../../../plan-runtime';
import { JoinTeamForm } from './JoinTeamForm';
import { metaMap, setPlanState } from '../../../domain/plan';
import { useTeamSync } from './useTeamSync';
import './team.css';

export function TeamPanel({ plan }: { plan: LocalPlan }) {
  const link = useTeamSync(plan);
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
          <button type="button" className="btn-quiet" onClick={() => void leaveTeam(plan.planId)}>
            Leave team
          </button>
        </div>
      ) : (
        <JoinTeamForm
          planId={plan.planId}
          onJoined={(state) => {
            // A draft with no State yet takes the team's; a chosen one is kept.
            if (state && !metaMap(plan.doc).get('state')) setPlanState(plan.doc, state);
          }}
        />
      )}
    </section>
  );
}
