/** GET /healthz: the process is up and the database answers a real query. */
import type { App, AppDeps } from '../context';

export function register(app: App, deps: AppDeps): void {
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      deps.storage.ping();
      const agendaVersion = deps.storage.agenda.currentVersion() ?? null;
      return c.json({ ok: true, storage: 'ok', agendaVersion });
    } catch (err) {
      deps.log(`Health check failed: ${err instanceof Error ? err.message : String(err)}`);
      return c.json({ ok: false, storage: 'error' }, 503);
    }
  });
}
