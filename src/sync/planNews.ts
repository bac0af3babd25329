/**
 * A `plan` event's payload, checked with the wire schema: the team whose
 * plan moved and, when the endpoint pushed it along (live edits), the
 * stored update itself, decoded. Lives with the plan's sync loop (a lazy
 * route), not in events.ts, which the first route loads.
 */
import { fromBase64, planEventSchema } from '../wire/protocol';

export interface PlanNews {
  teamId: string;
  update?: Uint8Array;
}

export function planEventOf(payload: unknown): PlanNews | undefined {
  const parsed = planEventSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const { teamId, update } = parsed.data;
  return update ? { teamId, update: fromBase64(update) } : { teamId };
}
