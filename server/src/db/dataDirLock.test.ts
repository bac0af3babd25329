/**
 * One endpoint per DATA_DIR: its in-memory credentials, agenda version and
 * plan documents would go stale under a second one. A second storage, in
 * this process or another, is refused with one sentence; the lock goes with
 * its holder, by close() or by kill -9.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, StorageOpenError, type Storage } from './index';
import { tempDir } from '../../test/endpoint';
import { startServer as startChildServer } from '../../../tests/e2e/server';

const dirs: string[] = [];
const open: Storage[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function openHere(dataDir: string): Storage {
  const s = openStorage({ dataDir });
  open.push(s);
  return s;
}

function refusal(dataDir: string): unknown {
  try {
    openHere(dataDir);
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('DATA_DIR lock', () => {
  it('refuses a second storage in this process until the first closes', () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = openHere(dir);
    first.settings.set('kept', 'yes');

    const err = refusal(dir);
    expect(err).toBeInstanceOf(StorageOpenError);
    expect((err as Error).message).toBe(
      `DATA_DIR ${dir} is in use by another endpoint. ` +
        'Stop that one first, or give this one a DATA_DIR of its own.',
    );
    // The refused open changed nothing for the holder.
    first.settings.set('still', 'writable');
    expect(first.settings.get('kept')).toBe('yes');

    first.close();
    const second = openHere(dir);
    expect(second.settings.get('still')).toBe('writable');
  });

  it('refuses while an endpoint process holds it, and not after that process is killed', async () => {
    const server = await startChildServer();
    dirs.push(server.dataDir);
    try {
      expect(refusal(server.dataDir)).toBeInstanceOf(StorageOpenError);
    } finally {
      await server.kill();
    }
    // SIGKILL: no close() ran; the operating system dropped the lock with the process.
    expect(() => openHere(server.dataDir)).not.toThrow();
  });
});
