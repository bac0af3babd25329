/**
 * "Remove this plan from this device" (for shared laptops): asks first and
 * says exactly what will be lost.
 */
import { useState } from 'react';
import type { Plan } from '../../domain/plan';

export interface RemovePlanProps {
  plan: Plan;
  onRemove: () => Promise<void>;
  onBackup: () => void;
}

export function RemovePlan({ plan, onRemove, onBackup }: RemovePlanProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const steps = plan.goals.reduce((n, g) => n + g.steps.length, 0);
  const name = plan.title.trim() ? `“${plan.title.trim()}”` : 'this plan';
  if (!asking)
    return (
      <button type="button" className="btn-danger-quiet" onClick={() => setAsking(true)}>
        Remove this plan from this device
      </button>
    );
  return (
    <div className="banner banner-warn" role="group" aria-labelledby="remove-q">
      <p id="remove-q">
        <strong>Remove {name} from this device?</strong> This deletes its {plan.goals.length} goals,{' '}
        {steps} action {steps === 1 ? 'step' : 'steps'}, {plan.taNeeds.length} TA{' '}
        {plan.taNeeds.length === 1 ? 'need' : 'needs'} and notes from this browser. Copies your team
        already has elsewhere are not touched; anything that exists only here is lost.
      </p>
      <div className="row-buttons">
        <button type="button" onClick={onBackup}>
          Download a backup first
        </button>
        <button
          type="button"
          className="btn-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await onRemove();
          }}
        >
          Yes, remove it from this device
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
