/** Where a saved evaluation stands: on the device, sent, or refused and why. */
import type { EvaluationRow } from '../../db/evaluations';
import { useAppStore } from '../../app/store';

export function evaluationStatusText(row: EvaluationRow | null | undefined, online: boolean) {
  if (!row) return '';
  if (row.refused) return `Not accepted: ${row.refused}`;
  if (row.sent === 1) return 'Saved and sent to the organizers.';
  return online
    ? 'Saved on this device; sending to the organizers…'
    : 'Saved on this device; it will be sent when you are back online.';
}

export function EvaluationStatus({ row }: { row: EvaluationRow | null | undefined }) {
  const online = useAppStore((s) => s.online);
  return (
    <p className="evaluation-status" role="status">
      {evaluationStatusText(row, online)}
    </p>
  );
}
