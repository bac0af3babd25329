// The wire contract: the agenda ETag format both sides use, and answer
// schemas that refuse a shape the screens could not read.
import { describe, expect, it } from 'vitest';
import { agendaEtag, agendaEtagVersion } from './agendaEtag';
import {
  planEventSchema,
  SSE_EVENTS,
  taNeedsResponseSchema,
  teamListResponseSchema,
} from './protocol';

describe('wire contract', () => {
  it('agenda ETags round-trip, weak tags included, anything else refused', () => {
    expect(agendaEtag(7)).toBe('"7"');
    expect(agendaEtagVersion(agendaEtag(7))).toBe(7);
    expect(agendaEtagVersion('W/"12"')).toBe(12);
    expect(agendaEtagVersion('7')).toBeUndefined();
    expect(agendaEtagVersion('"x"')).toBeUndefined();
  });

  it('organizer answers are checked, not cast', () => {
    const team = {
      id: 't',
      state: 'VA',
      name: 'Virginia team',
      createdAt: 1,
      hasJoinCode: true,
      lastSyncAt: null,
      planBytes: 0,
      stepsByStatus: { open: 1 },
      taNeedCount: 0,
    };
    expect(teamListResponseSchema.safeParse({ teams: [team] }).success).toBe(true);
    expect(teamListResponseSchema.safeParse([team]).success).toBe(false);
    expect(teamListResponseSchema.safeParse({ teams: [{ ...team, planBytes: '0' }] }).success).toBe(
      false,
    );
    expect(taNeedsResponseSchema.safeParse({ needs: [{ teamId: 't' }] }).success).toBe(false);
  });

  it('names the event stream events once', () => {
    expect(SSE_EVENTS).toEqual({
      hello: 'hello',
      agenda: 'agenda',
      plan: 'plan',
      revoked: 'revoked',
      presence: 'presence',
    });
    expect(planEventSchema.safeParse({ teamId: 't' }).success).toBe(true);
  });
});
