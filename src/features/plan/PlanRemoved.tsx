import { useState } from 'react';
import { usePageTitle } from '../../app/usePageTitle';
import './plan.css';

/**
 * What is left after "Remove this plan from this device": a new plan, and a
 * way back to the team's plan (straight back while this screen still holds
 * the device's team link, else how to join again).
 */
export function PlanRemoved({
  teamName,
  onStartNew,
  onTeamPlan,
}: {
  teamName?: string;
  onStartNew: () => void;
  onTeamPlan?: () => Promise<void>;
}) {
  usePageTitle('Plan removed from this device');
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="removed-h" className="plan-removed">
      <h1 id="removed-h">Plan removed from this device</h1>
      <p role="status">The plan is no longer stored in this browser.</p>
      {onTeamPlan ? (
        <>
          <p>
            The {teamName || 'team'}’s plan is still on the team server. Get it back on this device
            (it arrives once the device is online), or start a new plan of your own.
          </p>
          <div className="plan-removed-actions">
            <button
              type="button"
              className="btn-primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onTeamPlan().finally(() => setBusy(false));
              }}
            >
              Get {teamName ? `the ${teamName}’s` : 'the team’s'} plan back
            </button>
            <button type="button" onClick={onStartNew}>
              Start a new plan
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            To work on your team’s plan again, start a new plan and enter your team’s join code
            under “Team”: the team’s plan comes back from the team server. No code? Ask your team
            lead, or an organizer for a new one.
          </p>
          <button type="button" className="btn-primary" onClick={onStartNew}>
            Start a new plan
          </button>
        </>
      )}
    </section>
  );
}
