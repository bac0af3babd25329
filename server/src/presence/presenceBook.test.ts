import { describe, expect, it } from 'vitest';
import { PresenceBook } from './presenceBook';

const member = (id: string) => ({ id, name: `Name ${id}`, role: null });

describe('PresenceBook', () => {
  it('keeps an entry until its time to live passes without a heartbeat', () => {
    let now = 1_000;
    const book = new PresenceBook(() => now, 25_000);
    book.set('t1', 'session-a', {
      credentialHash: 'h1',
      member: member('m1'),
      field: 'plan-title',
    });
    now += 20_000;
    expect(book.list('t1').map((r) => r.field)).toEqual(['plan-title']);
    // A heartbeat renews it.
    book.set('t1', 'session-a', {
      credentialHash: 'h1',
      member: member('m1'),
      field: 'plan-notes',
    });
    now += 20_000;
    expect(book.list('t1').map((r) => r.field)).toEqual(['plan-notes']);
    now += 5_000;
    expect(book.sweep()).toEqual(['t1']);
    expect(book.list('t1')).toEqual([]);
    expect(book.sweep()).toEqual([]);
  });

  it('forgets a screen that leaves, and keeps teams apart', () => {
    const book = new PresenceBook(() => 0, 25_000);
    book.set('t1', 's1', { credentialHash: 'h1', member: member('m1'), field: null });
    book.set('t1', 's2', { credentialHash: 'h1', member: member('m1'), field: 'x' });
    book.set('t2', 's3', { credentialHash: 'h2', member: member('m2'), field: 'y' });
    expect(book.leave('t1', 'h1', 's1')).toBe(true);
    expect(book.leave('t1', 'h2', 's2')).toBe(false); // another credential cannot end it
    expect(book.list('t1').map((r) => r.field)).toEqual(['x']);
    expect(book.list('t2').map((r) => r.member.id)).toEqual(['m2']);
    expect(book.forgetCredential('h1')).toEqual(['t1']);
    expect(book.list('t1')).toEqual([]);
  });
});
