/**
 * The endpoint's entry point: `node --import tsx server/src/index.ts`.
 * Reads the environment, starts the server, prints the line the end-to-end
 * harness waits for, and shuts down cleanly on SIGTERM / SIGINT.
 */
import { loadConfig, ConfigError } from './config';
import { StorageOpenError } from './db/index';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const running = await startServer({ ...config, log: (line) => console.log(line) });
  // tests/e2e/server.ts waits for exactly this line.
  console.log(`listening on http://127.0.0.1:${running.port}`);
  console.log(
    `Convening companion endpoint on ${config.host}:${running.port}: app from ${config.staticDir}, data in ${config.dataDir}`,
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down…`);
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('Shutdown failed:', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  // Mistakes an operator fixes get one line and no stack trace; anything else is a bug.
  if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else if (err instanceof StorageOpenError) console.error(`Storage error: ${err.message}`);
  else console.error(err);
  process.exit(1);
});
