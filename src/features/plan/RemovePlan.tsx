/**
 * "Remove this plan from this device" (for shared laptops): asks first and
 * says exactly what will be lost. Asking focuses the first (harmless)
 * choice; Escape or Cancel returns to the button;
 * after removal focus goes to the next screen's heading.
 */
import { useEffect, useRef, useState } from 'react';
import { keepPlace } from '../../app/focus/moveFocus';
import type { Plan } from '../../domain/plan';

export interface RemovePlanProps {
  plan: Plan;
  onRemove: () => Promise<void>;
  onBackup: () => void;
}

export function RemovePlan({ plan, onRemove, onBackup }: RemovePlanProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const steps = plan.goals.reduce((n, g) => n + g.steps.length, 0);
  const name = plan.title.trim() ? `“${plan.title.trim()}”` : 'this plan';
  if (!asking)
    return (
      <button
        type="button"
        className="btn-danger-quiet"
        ref={openRef}
        onClick={() => setAsking(true)}
      >
        Remove this plan from this device
      </button>
    );
  return (
    <div
      className="banner banner-warn"
      role="group"
      aria-labelledby="remove-q"
      ref={questionRef}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        setAsking(false);
      }}
    >
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
            // The next screen's heading (routes.tsx), once it replaces this one.
            keepPlace(['removed-h']);
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
