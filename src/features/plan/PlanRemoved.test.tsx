// After "Remove this plan from this device" there is a way back to the team's
// plan, not only "Start a new plan" (issue 15, item 10).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { getPlanRow, putPlanRow, removePlanFromDevice } from '../../db/plans';
import { restoreTeamLink, teamLinkOf, type TeamLinkRow } from '../../sync/teams';
import { PlanRemoved } from './PlanRemoved';

const LINK: TeamLinkRow = {
  teamId: 't_ks',
  teamName: 'Kansas team',
  state: 'KS',
  credential: 'c'.repeat(43),
  needsFullPush: false,
};

beforeEach(async () => {
  await db.plans.clear();
});

it("offers the team's plan back when the device still has its team link", async () => {
  const onTeamPlan = vi.fn(async () => {});
  render(<PlanRemoved teamName="Kansas team" onStartNew={vi.fn()} onTeamPlan={onTeamPlan} />);
  await userEvent.click(screen.getByRole('button', { name: 'Get the Kansas team’s plan back' }));
  expect(onTeamPlan).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button', { name: 'Start a new plan' })).toBeInTheDocument();
});

it('says how to join again when there is no link to go back with', () => {
  render(<PlanRemoved onStartNew={vi.fn()} />);
  expect(screen.getByText(/enter your team’s join code under “Team”/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /plan back/ })).toBeNull();
});

it('the link kept by the screen brings the team link back onto the device', async () => {
  await putPlanRow({ id: 'local', createdAt: 1, updatedAt: 1, ...LINK });
  const kept = teamLinkOf(await getPlanRow('local'))!;
  await removePlanFromDevice('local');
  expect(teamLinkOf(await getPlanRow('local'))).toBeUndefined();

  await restoreTeamLink('local', kept);
  expect(teamLinkOf(await getPlanRow('local'))).toEqual({ ...LINK, needsFullPush: true });
});
