/**
 * Slot for the plan feature's "Use in our plan" button on a practice page.
 * (Filled by the plan feature: renders its UseInPlan button.)
 */
import { UseInPlan } from './UseInPlan';

export interface UseInPlanSlotProps {
  practiceId: string;
  practiceTitle: string;
}

export function UseInPlanSlot(props: UseInPlanSlotProps) {
  return <UseInPlan {...props} />;
}
