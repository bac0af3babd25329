// The agenda store keeps its current version in memory once read (agenda.ts):
// every publish, taken or refused, must show on the next read.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStorage, type Storage } from './index';
import { tempDir } from '../../test/endpoint';
import { SHIPPED_AGENDA } from '../../../src/content/agenda';

let dir: string;
let storage: Storage;
beforeEach(() => {
  dir = tempDir('agenda-store-');
  storage = openStorage({ dataDir: dir });
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

it('the current version follows seeding and each publish, and a refused one leaves it', () => {
  const { agenda } = storage;
  expect(agenda.currentVersion()).toBeUndefined();
  expect(agenda.seed(SHIPPED_AGENDA)).toBe(true);
  expect(agenda.currentVersion()).toBe(1);
  const { version: _v, updatedAt: _u, ...next } = SHIPPED_AGENDA;
  expect(agenda.publish(1, next, 'organizer').ok).toBe(true);
  expect(agenda.currentVersion()).toBe(2);
  expect(agenda.publish(1, next, 'organizer').ok).toBe(false);
  expect(agenda.currentVersion()).toBe(2);
  expect(agenda.publish(2, next, 'organizer').ok).toBe(true);
  expect(agenda.currentVersion()).toBe(3);
  expect(agenda.current()?.version).toBe(3);
});
