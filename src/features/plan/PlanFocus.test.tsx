// The plan editor keeps a keyboard user's place (the app's focus rule): a
// move that disables the pressed button, a removal, the last undo, Escape on
// a confirmation; and Ctrl+Z with focus on the page undoes the plan's last
// change instead of letting the browser's undo erase typed text.
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { addStep, readPlan, templateGoalId } from '../../domain/plan';
import { LocalPlan } from '../../plan-runtime';
import { PlanEditor } from './PlanEditor';

configure({ asyncUtilTimeout: 5000 });

const opened: LocalPlan[] = [];
const GOAL = templateGoalId('appla-16');

async function setup() {
  const plan = await LocalPlan.open('focus', { crossTab: false });
  opened.push(plan);
  act(() => {
    addStep(plan.doc, GOAL, { text: 'S1' }, 's1');
    addStep(plan.doc, GOAL, { text: 'S2' }, 's2');
  });
  const user = userEvent.setup();
  render(<PlanEditor plan={plan} onRemove={vi.fn(async () => {})} />);
  const goal = screen.getByDisplayValue('S1').closest('section.goal') as HTMLElement;
  return { plan, user, goal };
}

const stepTexts = (plan: LocalPlan) =>
  readPlan(plan.doc)
    .goals.find((g) => g.id === GOAL)!
    .steps.map((s) => s.text);

beforeEach(async () => {
  await db.planUpdates.clear();
  await db.plans.clear();
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.destroy();
});

describe('plan focus rule', { timeout: 30_000 }, () => {
  it('a move to the bottom disables "Move down": focus goes to the same step\'s "Move up"', async () => {
    const { user, goal, plan } = await setup();
    const n = within(goal).getAllByRole('heading', { level: 4, name: /^Step / })[0]!.textContent!;
    const num = n.replace('Step ', '');
    await user.click(within(goal).getByRole('button', { name: `Move down, step ${num}` }));
    expect(stepTexts(plan)).toEqual(['S2', 'S1']);
    const last = num.replace(/\.1$/, '.2');
    await waitFor(() =>
      expect(within(goal).getByRole('button', { name: `Move up, step ${last}` })).toHaveFocus(),
    );
  });

  it('"Yes, remove" puts focus on the step that took the removed one\'s place, then on the list heading', async () => {
    const { user, goal } = await setup();
    const first = within(goal).getAllByRole('button', { name: /^Remove step / })[0]!;
    const num = first.getAttribute('aria-label')!.replace('Remove step ', '');
    await user.click(first);
    await user.click(within(goal).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() =>
      expect(within(goal).getByRole('heading', { name: `Step ${num}` })).toHaveFocus(),
    );
    expect(within(goal).getByDisplayValue('S2')).toBeInTheDocument();

    await user.click(within(goal).getByRole('button', { name: `Remove step ${num}` }));
    await user.click(within(goal).getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() =>
      expect(within(goal).getByRole('heading', { name: 'Action steps' })).toHaveFocus(),
    );
  });

  it('Escape cancels "Remove step?" and returns focus to its button', async () => {
    const { user, goal, plan } = await setup();
    const first = within(goal).getAllByRole('button', { name: /^Remove step / })[0]!;
    await user.click(first);
    expect(within(goal).getByRole('button', { name: 'Yes, remove' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(goal).queryByRole('button', { name: 'Yes, remove' })).toBeNull();
    expect(within(goal).getAllByRole('button', { name: /^Remove step / })[0]).toHaveFocus();
    expect(stepTexts(plan)).toEqual(['S1', 'S2']);
  });

  it('the last Undo disables itself: focus goes to Redo', async () => {
    const { user, goal } = await setup();
    await user.click(within(goal).getAllByRole('button', { name: /^Move down, step / })[0]!);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Redo' })).toHaveFocus());
  });

  it('Ctrl+Z with focus on the page undoes the move and erases no text', async () => {
    const { user, goal, plan } = await setup();
    await user.click(within(goal).getAllByRole('button', { name: /^Move down, step / })[0]!);
    expect(stepTexts(plan)).toEqual(['S2', 'S1']);
    act(() => (document.activeElement as HTMLElement).blur());
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('{Control>}z{/Control}');
    expect(stepTexts(plan)).toEqual(['S1', 'S2']);
  });
});
