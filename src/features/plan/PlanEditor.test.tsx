// The editor, end to end in jsdom: typing reaches Dexie and only then says
// "Saved on this device"; steps are added, moved and removed; undo/redo;
// the storage-failure banner with a working backup download; import; removal.
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../db/db';
import { loadPlanUpdates } from '../../db/plans';
import { addStep, exportPlan, readPlan, templateGoalId, titleText } from '../../domain/plan';
import { DEXIE_STORE, LocalPlan, type PlanStore } from '../../plan-runtime';
import { PlanEditor } from './PlanEditor';

// The machine may be busy (IndexedDB in JS, React renders): allow time, assert results.
configure({ asyncUtilTimeout: 5000 });

const opened: LocalPlan[] = [];
async function setup(store?: PlanStore, onRemove = vi.fn(async () => {})) {
  const plan = await LocalPlan.open('p', { crossTab: false, store });
  opened.push(plan);
  const user = userEvent.setup();
  render(<PlanEditor plan={plan} onRemove={onRemove} />);
  return { plan, user, onRemove };
}

async function storedPlan() {
  const doc = new Y.Doc();
  for (const r of await loadPlanUpdates('p')) Y.applyUpdate(doc, r.update);
  return readPlan(doc);
}

const blobs: Blob[] = [];
beforeEach(async () => {
  await db.planUpdates.clear();
  await db.plans.clear();
  blobs.length = 0;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(async () => {
  for (const p of opened.splice(0)) await p.destroy();
});

describe('PlanEditor', { timeout: 30_000 }, () => {
  it('shows the privacy reminder and the template goals with citations', async () => {
    await setup();
    expect(screen.getByRole('complementary', { name: 'Privacy reminder' })).toHaveTextContent(
      /no.*names, dates of birth, case numbers or locations/i,
    );
    expect(
      screen.getByRole('heading', { name: /Goal 1: Identify, document and serve/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('P.L. 113-183, sec. 101; Social Security Act sec. 471(a)(9)(C)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Within one year of enactment \(enacted September 29, 2014\)/),
    ).toBeInTheDocument();
  });

  it('typing is stored in IndexedDB and only then shows "Saved on this device"', async () => {
    const { user } = await setup();
    await user.type(screen.getByLabelText('Plan title'), 'Ohio plan');
    await waitFor(() =>
      expect(screen.getByTestId('save-status')).toHaveTextContent('Saved on this device'),
    );
    expect((await storedPlan()).title).toBe('Ohio plan');
  });

  it('adds, moves and removes action steps with the keyboard-reachable buttons', async () => {
    const { user, plan } = await setup();
    const goal1 = screen.getByRole('region', { name: /Goal 1:/ });
    await user.click(within(goal1).getByRole('button', { name: 'Add an action step to goal 1' }));
    await user.type(within(goal1).getByLabelText('Action step'), 'First');
    await user.click(within(goal1).getByRole('button', { name: 'Add an action step to goal 1' }));
    const texts = () =>
      within(goal1)
        .getAllByLabelText('Action step')
        .map((e) => (e as HTMLTextAreaElement).value);
    await user.type(within(goal1).getAllByLabelText('Action step')[1]!, 'Second');
    expect(texts()).toEqual(['First', 'Second']);
    await user.click(within(goal1).getByRole('button', { name: 'Move up, step 1.2' }));
    expect(texts()).toEqual(['Second', 'First']);
    await user.click(within(goal1).getByRole('button', { name: 'Remove step 1.1' }));
    await user.click(within(goal1).getByRole('button', { name: 'Yes, remove' }));
    expect(texts()).toEqual(['First']);
    await plan.flush();
    expect((await storedPlan()).goals[0]!.steps.map((s) => s.text)).toEqual(['First']);
  });

  it('sets lead agency, partners, status and date of a step', async () => {
    const { user, plan } = await setup();
    act(() => void addStep(plan.doc, templateGoalId('appla-16'), {}, 's1'));
    await user.click(await screen.findByRole('button', { name: /^Details/ }));
    await user.type(screen.getByLabelText('Lead agency'), 'DCFS');
    await user.click(screen.getByRole('checkbox', { name: 'Courts / CIP' }));
    await user.type(screen.getByLabelText('Other partner'), 'Tribal court{Enter}');
    await user.selectOptions(screen.getByLabelText('Status'), 'in-progress');
    await user.type(screen.getByLabelText('Target date'), '2015-09-29');
    const step = readPlan(plan.doc).goals.find((g) => g.mandateId === 'appla-16')!.steps[0]!;
    expect(step).toMatchObject({ lead: 'DCFS', status: 'in-progress', due: '2015-09-29' });
    expect(step.partners).toEqual(['courts-cip', 'other:Tribal court']);
  });

  it('a step is folded to its text and one line about its details until "Details" (issue 15)', async () => {
    const { user, plan } = await setup();
    act(
      () =>
        void addStep(
          plan.doc,
          templateGoalId('appla-16'),
          { text: 'Train staff', lead: 'DCFS' },
          's1',
        ),
    );
    const toggle = await screen.findByRole('button', { name: /^Details/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent(/Details.*: Not started · lead: DCFS$/);
    expect(screen.getByLabelText('Action step')).toHaveValue('Train staff');
    expect(screen.queryByLabelText('Lead agency')).toBeNull();
    expect(screen.queryByLabelText('Status')).toBeNull();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Lead agency')).toHaveValue('DCFS');
  });

  it('partners are one line saying what is chosen, opening to the list (issue 15)', async () => {
    const { user, plan } = await setup();
    act(() => void addStep(plan.doc, templateGoalId('appla-16'), {}, 's1'));
    await user.click(await screen.findByRole('button', { name: /^Details/ }));
    const partners = screen.getByRole('group', { name: 'Partners' });
    const summary = partners.querySelector('summary')!;
    expect(summary).toHaveTextContent(/^None chosen/);
    expect(partners.querySelector('details')).not.toHaveAttribute('open');
    await user.click(summary);
    await user.click(within(partners).getByRole('checkbox', { name: 'Courts / CIP' }));
    await user.type(within(partners).getByLabelText('Other partner'), 'Tribal court{Enter}');
    expect(summary).toHaveTextContent(/^Courts \/ CIP, Tribal court/);
  });

  it('on a phone the plan opens as an outline: goals folded, overview shut (issue 15)', async () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('max-width'), media: q }));
    try {
      await setup();
      const goal1 = screen.getByRole('button', { name: /^Goal 1: Identify/ });
      expect(goal1).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByLabelText('Goal 1 title')).not.toBeVisible();
      expect(document.querySelector('details.overview-box')).not.toHaveAttribute('open');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('undo and redo with buttons and with Ctrl+Z / Ctrl+Shift+Z', async () => {
    const { user, plan } = await setup();
    const title = screen.getByLabelText('Plan title');
    await user.type(title, 'Draft');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(titleText(plan.doc).toString()).toBe('');
    expect(title).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(title).toHaveValue('Draft');
    await user.click(title);
    await user.keyboard('{Control>}z{/Control}');
    expect(title).toHaveValue('');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(title).toHaveValue('Draft');
  });

  it('collapses a goal', async () => {
    const { user } = await setup();
    const toggle = screen.getByRole('button', { name: /Goal 2:/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByLabelText('Goal 2 title')).not.toBeVisible();
  });

  it('when storage fails: a banner, the text stays, and "Download a backup" saves the plan as JSON', async () => {
    const failing: PlanStore = {
      ...DEXIE_STORE,
      append: () =>
        Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })),
    };
    const { user } = await setup(failing);
    await user.type(screen.getByLabelText('Plan title'), 'Keep this');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(/out of storage space/);
    expect(screen.getByTestId('save-status')).toHaveTextContent('Not saved on this device');
    expect(screen.getByLabelText('Plan title')).toHaveValue('Keep this');
    await user.click(within(banner).getByRole('button', { name: 'Download a backup' }));
    expect(blobs).toHaveLength(1);
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.plan.title).toBe('Keep this');
    expect(typeof json.yjs).toBe('string');
  });

  it('imports a JSON export by merging it, and reports bad files', async () => {
    const { user, plan } = await setup();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(plan.doc));
    addStep(other, templateGoalId('appla-16'), { text: 'Imported step' }, 'imp');
    const file = new File([JSON.stringify(exportPlan(other))], 'plan.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText(/Import a plan/), file);
    expect(await screen.findByText(/1 new action step/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByDisplayValue('Imported step')).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText(/Import a plan/),
      new File(['nope'], 'x.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/not JSON/)).toBeInTheDocument();
  });

  it('removing the plan asks first and names what will be lost', async () => {
    const { user, plan, onRemove } = await setup();
    act(() => void addStep(plan.doc, templateGoalId('appla-16'), {}, 's1'));
    await user.click(screen.getByRole('button', { name: 'Remove this plan from this device' }));
    expect(
      screen.getByText(/This deletes its 9 goals, 1 action step, 0 TA needs/),
    ).toBeInTheDocument();
    expect(onRemove).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Yes, remove it from this device' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledOnce());
  });
});
