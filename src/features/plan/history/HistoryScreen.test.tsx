// The History view in jsdom over the device's database, offline (every fetch
// fails): what the device fetched before is shown, a recently deleted goal
// comes back whole with one action, and Undo takes the restore back out.
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../db/db';
import { saveHistoryPart } from '../../../db/planHistory';
import { addGoal, addStep, readPlan, removeGoal } from '../../../domain/plan';
import { LocalPlan } from '../../../plan-runtime';
import type { ActivityResponse, HistoryResponse } from '../../../wire/history';
import { HistoryScreen } from './HistoryScreen';
import { useUndo } from '../usePlan';
import { PlanEditor } from '../PlanEditor';
import { formatWhen } from './when';

// A loaded machine (IndexedDB in JS, React renders): allow time, assert results.
configure({ asyncUtilTimeout: 15_000 });

const opened: LocalPlan[] = [];
beforeEach(async () => {
  await db.planUpdates.clear();
  await db.plans.clear();
  await db.planHistory.clear();
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('offline'))),
  );
});
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const p of opened.splice(0)) await p.destroy();
});

function Screen({ plan }: { plan: LocalPlan }) {
  const undo = useUndo(plan.doc);
  return <HistoryScreen plan={plan} undo={undo} />;
}

const members = [
  { id: 'm-ana', name: 'Ana Ruiz', role: null },
  { id: 'm-ben', name: 'Ben Okafor', role: null },
];

describe('HistoryScreen', () => {
  it('restores a recently deleted goal with every step, offline, and Undo takes it back', async () => {
    const now = Date.now();
    await db.plans.put({
      id: 'p',
      teamId: 't',
      teamName: 'Vermont',
      state: 'VT',
      credential: 'c',
      createdAt: now,
      updatedAt: now,
    });
    const plan = await LocalPlan.open('p', { crossTab: false });
    opened.push(plan);
    addGoal(plan.doc, { title: 'Screen at intake' }, 'gx');
    addStep(plan.doc, 'gx', { text: 'Pick a tool', lead: 'Ana' }, 'sx1');
    addStep(plan.doc, 'gx', { text: 'Train staff' }, 'sx2');
    const goal = readPlan(plan.doc).goals.find((g) => g.id === 'gx')!;
    removeGoal(plan.doc, 'gx');
    const activity: ActivityResponse = {
      members,
      entries: [
        {
          at: now - 1000,
          memberId: 'm-ben',
          itemId: 'gx',
          text: 'deleted goal 10 “Screen at intake”',
        },
      ],
      lastChanged: {},
      deleted: [{ at: now - 1000, memberId: 'm-ben', item: { kind: 'goal', goal } }],
    };
    const history: HistoryResponse = {
      members,
      versions: [
        {
          id: 3,
          at: now - 2000,
          reason: 'before-bulk',
          members: ['m-ana'],
          summary: 'Before: deleted goal 10',
        },
      ],
    };
    await saveHistoryPart('p', 'activity', activity);
    await saveHistoryPart('p', 'history', history);

    const user = userEvent.setup();
    render(<Screen plan={plan} />);
    expect(await screen.findByText('Ben Okafor deleted goal 10 “Screen at intake”')).toBeTruthy();
    expect(screen.getByText('By Ana Ruiz')).toBeTruthy();
    expect(screen.getByText('Before: deleted goal 10')).toBeTruthy();
    expect(await screen.findByText(/Offline/)).toBeTruthy();

    await user.click(
      screen.getByRole('button', { name: 'Restore Goal “Screen at intake” with 2 steps' }),
    );
    const back = readPlan(plan.doc).goals.find((g) => g.id === 'gx')!;
    expect(back.steps.map((s) => [s.text, s.lead])).toEqual([
      ['Pick a tool', 'Ana'],
      ['Train staff', ''],
    ]);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toMatch(/Restored: Goal “Screen at intake” with 2 steps/);
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(screen.getByText('Nothing was deleted in the last 30 days.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Undo the restore' }));
    expect(readPlan(plan.doc).goals.some((g) => g.id === 'gx')).toBe(false);
    expect(await screen.findByRole('button', { name: /Restore Goal/ })).toBeTruthy();
  });

  it('the editor says who changed a goal and a step last, and when', async () => {
    const now = Date.now();
    await db.plans.put({
      id: 'p',
      teamId: 't',
      teamName: 'VT',
      state: 'VT',
      credential: 'c',
      createdAt: now,
      updatedAt: now,
    });
    const plan = await LocalPlan.open('p', { crossTab: false });
    opened.push(plan);
    addGoal(plan.doc, { title: 'Screen at intake' }, 'gx');
    addStep(plan.doc, 'gx', { text: 'Pick a tool' }, 'sx1');
    const at = now - 60_000;
    await saveHistoryPart('p', 'activity', {
      members,
      entries: [],
      lastChanged: { gx: { at, memberId: 'm-ana' }, sx1: { at, memberId: 'm-ben' } },
      deleted: [],
    } satisfies ActivityResponse);
    render(<PlanEditor plan={plan} onRemove={vi.fn(async () => {})} />);
    const goal = document.getElementById('goal-gx-h')!.closest('section')!;
    await waitFor(() =>
      expect(goal.textContent).toContain(`Last changed by Ana Ruiz at ${formatWhen(at)}`),
    );
    const step = document.getElementById('step-sx1-h')!.closest('li')!;
    expect(step.textContent).toContain(`Last changed by Ben Okafor at ${formatWhen(at)}`);
    expect(formatWhen(at, at)).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
    expect(
      screen.getByRole('link', { name: 'History, activity and recently deleted' }),
    ).toBeTruthy();
  });
});
