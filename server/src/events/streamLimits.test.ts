// The event-stream caps: reserved team slots, per-address and per-credential limits.
import { describe, expect, it } from 'vitest';
import { StreamLimits, TEAM_STREAMS_PER_CREDENTIAL } from './streamLimits';

const anon = (address: string) => ({ kind: 'anonymous' as const, address });
const team = (credentialHash: string) => ({ kind: 'team' as const, credentialHash });

describe('StreamLimits', () => {
  it('keeps the reserved slots for team streams when anonymous ones fill the rest', () => {
    const limits = new StreamLimits({ max: 10, teamReserved: 4, perAddress: 100 });
    for (let i = 0; i < 6; i++) expect(limits.open(anon(`10.0.0.${i}`)).ok).toBe(true);
    const refused = limits.open(anon('10.0.0.99'));
    expect(refused).toMatchObject({ ok: false, status: 503, retryAfterS: 30 });
    for (let i = 0; i < 4; i++) expect(limits.open(team(`cred-${i}`)).ok).toBe(true);
    expect(limits.open(team('cred-9'))).toMatchObject({ ok: false, status: 503 });
  });

  it('caps anonymous streams per address and frees a slot on release', () => {
    const limits = new StreamLimits({ max: 100, teamReserved: 10, perAddress: 2 });
    const a = limits.open(anon('1.1.1.1'));
    expect(limits.open(anon('1.1.1.1')).ok).toBe(true);
    expect(limits.open(anon('1.1.1.1'))).toMatchObject({ ok: false, status: 429 });
    expect(limits.open(anon('2.2.2.2')).ok).toBe(true);
    if (!a.ok) throw new Error('expected a stream');
    a.release();
    a.release(); // twice is harmless
    expect(limits.open(anon('1.1.1.1')).ok).toBe(true);
    expect(limits.size()).toBe(3);
  });

  it('caps streams per team credential so one member cannot take the reserve', () => {
    const limits = new StreamLimits({ max: 100, teamReserved: 50, perAddress: 2 });
    for (let i = 0; i < TEAM_STREAMS_PER_CREDENTIAL; i++)
      expect(limits.open(team('c')).ok).toBe(true);
    expect(limits.open(team('c'))).toMatchObject({ ok: false, status: 429 });
    expect(limits.open(team('other')).ok).toBe(true);
  });
});
