// The in-process event hub.
import { describe, expect, it } from 'vitest';
import { createEventHub, type HubEvent } from './hub';

describe('event hub', () => {
  it('delivers to every subscriber until it unsubscribes', () => {
    const hub = createEventHub();
    const a: HubEvent[] = [];
    const b: HubEvent[] = [];
    const offA = hub.subscribe((e) => a.push(e));
    hub.subscribe((e) => b.push(e));
    hub.publish({ type: 'agenda', version: 2 });
    offA();
    hub.publish({ type: 'plan', teamId: 'ct' });
    expect(a).toEqual([{ type: 'agenda', version: 2 }]);
    expect(b).toEqual([
      { type: 'agenda', version: 2 },
      { type: 'plan', teamId: 'ct' },
    ]);
    expect(hub.size()).toBe(1);
  });

  it('keeps delivering when one listener throws', () => {
    const errors: unknown[] = [];
    const hub = createEventHub((e) => errors.push(e));
    const got: HubEvent[] = [];
    hub.subscribe(() => {
      throw new Error('broken listener');
    });
    hub.subscribe((e) => got.push(e));
    hub.publish({ type: 'agenda', version: 3 });
    expect(got).toEqual([{ type: 'agenda', version: 3 }]);
    expect(errors).toHaveLength(1);
  });
});
