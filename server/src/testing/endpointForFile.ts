/**
 * One real endpoint (child process, ephemeral port, temporary SQLite file)
 * for a test file: started before its tests, stopped and its data removed
 * after. A test that restarts it hands the new one back through `server`.
 */
import { afterAll, beforeAll } from 'vitest';
import { removeDataDir, startServer, type RunningServer } from '../../../tests/e2e/server';

export function endpointForFile(opts?: Parameters<typeof startServer>[0]): {
  server: RunningServer;
} {
  let current: RunningServer | undefined;
  beforeAll(async () => {
    current = await startServer(opts);
  });
  afterAll(async () => {
    if (!current) return;
    await current.stop();
    removeDataDir(current.dataDir);
  });
  return {
    get server(): RunningServer {
      if (!current) throw new Error('the endpoint has not started');
      return current;
    },
    set server(next: RunningServer) {
      current = next;
    },
  };
}
