/**
 * The endpoint for one spec file: started (ephemeral port, temporary data
 * directory) before the file's tests, stopped and removed after. The value
 * stands for the running server once `beforeAll` has run; reading it at the
 * top level of a file, before that, throws.
 */
import { test } from '@playwright/test';
import { removeDataDir, startServer, type RunningServer } from './server';

export function serverForFile(): RunningServer {
  let running: RunningServer | undefined;
  test.beforeAll(async () => {
    running = await startServer();
  });
  test.afterAll(async () => {
    if (!running) return;
    await running.stop();
    removeDataDir(running.dataDir);
  });
  return new Proxy({} as RunningServer, {
    get(_, key) {
      if (!running) throw new Error('The endpoint starts in beforeAll; use it inside a test.');
      return Reflect.get(running, key);
    },
  });
}
