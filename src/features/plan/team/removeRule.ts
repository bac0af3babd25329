/**
 * The rule for "Remove this plan from this device": allowed at once when the
 * endpoint has every change; otherwise only after the person confirms losing
 * the named number of unsynced changes.
 */
export type RemovalCheck =
  { allowed: true } | { allowed: false; unsynced: number; message: string };

export function checkRemoval(unsynced: number, confirmedLoss: number | undefined): RemovalCheck {
  if (unsynced === 0) return { allowed: true };
  if (confirmedLoss !== undefined && confirmedLoss >= unsynced) return { allowed: true };
  const n = `${unsynced} ${unsynced === 1 ? 'change has' : 'changes have'}`;
  return {
    allowed: false,
    unsynced,
    message: `${n} not reached your team yet. Removing the plan now loses ${unsynced === 1 ? 'it' : 'them'}.`,
  };
}
