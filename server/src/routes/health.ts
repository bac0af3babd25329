/**
 * GET /healthz: the process is up and storage takes a write (a heartbeat
 * row). 503 with the storage code and Retry-After when the disk is full or
 * the database cannot be written, so a load balancer or an operator sees it
 * before the devices do.
 */
import type { App, AppDeps } from '../context';
import { STORAGE_RETRY_AFTER_S, describeStorageError, storageFailure } from '../db/storageErrors';
import { SYNC_ERRORS } from '../../../src/wire/protocol';

/**
 * At most one heartbeat write per this many ms: /healthz needs no credential,
 * and a flood of calls must not become a flood of fsyncs. A failure is never
 * remembered: the next call writes again.
 */
export const HEARTBEAT_MIN_INTERVAL_MS = 1000;

export function register(app: App, deps: AppDeps): void {
  let lastWrite = -Infinity;
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      const now = deps.now();
      if (now.getTime() - lastWrite >= HEARTBEAT_MIN_INTERVAL_MS) {
        lastWrite = -Infinity;
        deps.storage.heartbeat(now);
        lastWrite = now.getTime();
      }
      const agendaVersion = deps.storage.agenda.currentVersion() ?? null;
      return c.json({ ok: true, storage: 'ok', agendaVersion });
    } catch (err) {
      deps.log(`Health check failed: ${describeStorageError(err)}`);
      const failure = storageFailure(err);
      if (!failure) return c.json({ ok: false, storage: 'error' }, 503);
      c.header('Retry-After', String(STORAGE_RETRY_AFTER_S[failure]));
      return c.json(
        {
          ok: false,
          storage: failure,
          error: failure === 'full' ? SYNC_ERRORS.storageFull : SYNC_ERRORS.storageUnavailable,
        },
        503,
      );
    }
  });
}
