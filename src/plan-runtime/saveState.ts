/** What the save badge shows, and how a storage failure reads to people. */

export type SaveState =
  | { status: 'saving' }
  | { status: 'saved'; at: number }
  | { status: 'error'; reason: 'unavailable' | 'quota' | 'failed' | 'removed'; message: string };

export function classifyStorageError(e: unknown): Extract<SaveState, { status: 'error' }> {
  const err = e as { name?: string; inner?: { name?: string }; message?: string } | undefined;
  const names = [err?.name, err?.inner?.name];
  if (names.includes('QuotaExceededError'))
    return { status: 'error', reason: 'quota', message: 'This device is out of storage space.' };
  if (
    names.some((n) =>
      ['MissingAPIError', 'OpenFailedError', 'DatabaseClosedError', 'InvalidStateError'].includes(
        n ?? '',
      ),
    )
  )
    return {
      status: 'error',
      reason: 'unavailable',
      message: 'This browser is not letting the app store data (a private window?).',
    };
  return { status: 'error', reason: 'failed', message: err?.message ?? String(e) };
}
