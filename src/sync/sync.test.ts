/** Pure parts of the sync client: protocol helpers, push splitting, backoff, status words. */
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';
import { MAX_PUSH_BYTES, choosePush } from './planSync';
import {
  fromBase64,
  isWellFormedJoinCode,
  normalizeJoinCode,
  syncRequestSchema,
  toBase64,
} from '../wire/protocol';
import { clockTime, describeSyncStatus } from './status';

describe('protocol', () => {
  it('base64 round-trips every byte value and large buffers', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('normalizes typed join codes and rejects ambiguous characters', () => {
    expect(normalizeJoinCode(' ab2c-d3ef 4g ')).toBe('AB2CD3EF4G');
    expect(isWellFormedJoinCode('AB2CD3EF4G')).toBe(true);
    expect(isWellFormedJoinCode('AB2CD3EF4O')).toBe(false); // O looks like 0
    expect(isWellFormedJoinCode('AB2CD3EF4')).toBe(false);
  });

  it('refuses unknown fields and non-base64 in a sync request', () => {
    expect(syncRequestSchema.safeParse({ protocol: 1, stateVector: 'AA==' }).success).toBe(true);
    expect(
      syncRequestSchema.safeParse({ protocol: 1, stateVector: 'AA==', teamId: 'x' }).success,
    ).toBe(false);
    expect(syncRequestSchema.safeParse({ protocol: 1, stateVector: '!!' }).success).toBe(false);
  });
});

describe('choosePush', () => {
  it('sends everything when it fits, a prefix (at least one entry) when not', () => {
    const small = [1, 2, 3].map((seq) => ({ seq, update: new Uint8Array(10) }));
    expect(choosePush(small)).toEqual({ take: small, more: false });
    const big = [1, 2, 3].map((seq) => ({ seq, update: new Uint8Array(MAX_PUSH_BYTES - 1) }));
    const r = choosePush(big);
    expect(r.take.map((e) => e.seq)).toEqual([1]);
    expect(r.more).toBe(true);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    expect(backoffDelay(0, () => 0.999)).toBeLessThan(1000);
    expect(backoffDelay(3, () => 0.999)).toBeGreaterThan(7000);
    expect(backoffDelay(50, () => 0.999)).toBeLessThan(60_000);
    expect(backoffDelay(5, () => 0)).toBe(0);
  });
});

describe('describeSyncStatus', () => {
  it('says each state in words', () => {
    // Event time and 12-hour, like every "when" in the app; never "17:26" device time.
    expect(clockTime(Date.parse('2015-06-10T14:42:00Z'), Date.parse('2015-06-10T20:00:00Z'))).toBe(
      '10:42 AM',
    );
    const at = Date.now();
    expect(describeSyncStatus({ kind: 'local' }, 3)).toBe('Saved on this device');
    expect(describeSyncStatus({ kind: 'syncing' }, 0)).toBe('Syncing…');
    expect(describeSyncStatus({ kind: 'synced', at }, 0)).toBe(
      `Synced with team at ${clockTime(at)}`,
    );
    expect(clockTime(at)).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
    expect(describeSyncStatus({ kind: 'offline' }, 12)).toBe('Offline: 12 changes waiting');
    expect(describeSyncStatus({ kind: 'offline' }, 1)).toBe('Offline: 1 change waiting');
    expect(describeSyncStatus({ kind: 'rejected', reason: 'too large' }, 2)).toBe(
      'Rejected: too large',
    );
    expect(describeSyncStatus({ kind: 'too_old' }, 0)).toMatch(/update the app/);
  });
});
