// The team store keeps live credentials in memory (teams.ts): every change
// to one must show on the next lookup, and nothing uncommitted is kept.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from './index';
import { tempDir } from '../../test/endpoint';

let dir: string;
let storage: Storage;
beforeEach(() => {
  dir = tempDir('teams-store-');
  storage = openStorage({ dataDir: dir });
  storage.teams.create({ id: 't1', state: 'VA', name: 'Virginia', codeHash: 'c1', now: 1 });
  storage.teams.create({ id: 't2', state: 'MD', name: 'Maryland', codeHash: 'c2', now: 1 });
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('team store: live credentials', () => {
  it('a revoked credential stops working at once, after it was looked up', () => {
    const { teams } = storage;
    teams.addCredential('h1', 't1', 1, { name: 'Ana' });
    expect(teams.teamForCredential('h1')).toBe('t1');
    expect(teams.memberFor('h1')?.name).toBe('Ana');
    expect(teams.revokeCredential('h1', 2)).toBe(true);
    expect(teams.teamForCredential('h1')).toBeUndefined();
    expect(teams.memberFor('h1')).toBeUndefined();
  });

  it("revoking a team's credentials ends only that team's", () => {
    const { teams } = storage;
    teams.addCredential('a', 't1', 1);
    teams.addCredential('b', 't1', 1);
    teams.addCredential('c', 't2', 1);
    for (const h of ['a', 'b', 'c']) teams.teamForCredential(h);
    expect(teams.revokeTeamCredentials('t1', 2)).toBe(2);
    expect(['a', 'b', 'c'].map((h) => teams.teamForCredential(h))).toEqual([
      undefined,
      undefined,
      't2',
    ]);
  });

  it('a rename shows on the next lookup, and a change to the returned member does not stick', () => {
    const { teams } = storage;
    teams.addCredential('h1', 't1', 1, { name: 'Ana' });
    const before = teams.memberFor('h1')!;
    before.name = 'changed by a caller';
    expect(teams.memberFor('h1')?.name).toBe('Ana');
    expect(teams.setMember('h1', { name: 'Ana B.', role: 'Courts' })).toMatchObject({
      name: 'Ana B.',
      role: 'Courts',
    });
    expect(teams.memberFor('h1')).toMatchObject({ name: 'Ana B.', role: 'Courts' });
  });

  it('a credential whose insert rolled back is not remembered as live', () => {
    const { teams, db } = storage;
    expect(() =>
      db.transaction(() => {
        teams.addCredential('ghost', 't1', 1);
        expect(teams.teamForCredential('ghost')).toBe('t1');
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(teams.teamForCredential('ghost')).toBeUndefined();
  });

  it('a revocation that rolled back leaves the credential working', () => {
    const { teams, db } = storage;
    teams.addCredential('h1', 't1', 1);
    expect(teams.teamForCredential('h1')).toBe('t1');
    expect(() =>
      db.transaction(() => {
        teams.revokeCredential('h1', 2);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(teams.teamForCredential('h1')).toBe('t1');
  });
});
