// "Use in our plan": attaches the practice to the chosen step of the device's
// plan, or to a new step of a chosen goal.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addStep, readPlan, templateGoalId } from '../../domain/plan';
import { closeLocalPlan, getLocalPlan } from '../../plan-runtime';
import { UseInPlan } from './UseInPlan';

afterEach(async () => {
  await closeLocalPlan('local');
});

describe('UseInPlan', { timeout: 20_000 }, () => {
  it('attaches the practice to a chosen existing step', async () => {
    const local = await getLocalPlan('local', { crossTab: false });
    addStep(local.doc, templateGoalId('locate-missing'), { text: 'Runaway protocol' }, 'st1');
    const user = userEvent.setup();
    render(<UseInPlan practiceId="mdt" practiceTitle="Multidisciplinary teams" />);
    await user.click(screen.getByRole('button', { name: 'Use in our plan' }));
    await user.selectOptions(await screen.findByLabelText('Action step'), 'step:st1');
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /Attached “Multidisciplinary teams” to step 3\.1/,
    );
    const step = readPlan(local.doc).goals[2]!.steps[0]!;
    expect(step.practices).toEqual(['mdt']);
    expect(local.getSaveState().status).toBe('saved');
  });

  it('can add a new step to a goal with the practice attached', async () => {
    const local = await getLocalPlan('local', { crossTab: false });
    const user = userEvent.setup();
    render(<UseInPlan practiceId="mdt" practiceTitle="Multidisciplinary teams" />);
    await user.click(screen.getByRole('button', { name: 'Use in our plan' }));
    await user.selectOptions(
      await screen.findByLabelText('Action step'),
      `goal:${templateGoalId('appla-16')}`,
    );
    await user.click(screen.getByRole('button', { name: 'Attach' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/a new step in goal 7/);
    const goal = readPlan(local.doc).goals.find((g) => g.mandateId === 'appla-16')!;
    expect(goal.steps.map((s) => s.practices)).toEqual([['mdt']]);
  });
});
