import { describe, expect, it } from 'vitest';
import { addPartner, addStep, addTaNeed, linkPractice, setPlanState } from './edit';
import { planToMarkdown } from './markdown';
import { readPlan, titleText, notesText } from './model';
import { createPlanDoc, templateGoalId } from './template';

describe('planToMarkdown', () => {
  it('renders title, goals with citations, a table of steps, TA needs and notes', () => {
    const doc = createPlanDoc();
    titleText(doc).insert(0, 'Our plan');
    setPlanState(doc, 'OH');
    const g = templateGoalId('identify-document-serve');
    addStep(
      doc,
      g,
      { text: 'Adopt a | screening tool', lead: 'DCFS', due: '2015-09-29', status: 'in-progress' },
      's1',
    );
    addPartner(doc, 's1', 'law-enforcement');
    addPartner(doc, 's1', 'Tribal court');
    linkPractice(doc, 's1', 'p1');
    addTaNeed(
      doc,
      { topic: 'Data sharing', description: '# not a heading', priority: 'high' },
      't1',
    );
    notesText(doc).insert(0, 'Next meeting in July.');
    const md = planToMarkdown(readPlan(doc), {
      practiceTitle: (id) => (id === 'p1' ? 'Screening' : undefined),
    });
    expect(md).toMatch(/^# Our plan\n/);
    expect(md).toContain('State: OH');
    expect(md).toContain(
      '## Goal 1: Identify, document and serve children at risk of sex trafficking',
    );
    expect(md).toContain(
      'Mandate: P.L. 113-183, sec. 101; Social Security Act sec. 471(a)(9)(C). Within one year of enactment (enacted September 29, 2014)',
    );
    expect(md).toContain(
      '| 1.1 | Adopt a \\| screening tool | DCFS | Law enforcement, Tribal court |   | 2015-09-29 | In progress |',
    );
    expect(md).toContain('- Step 1.1: Screening');
    expect(md).toContain('### Data sharing (priority: High)');
    expect(md).toContain('\\# not a heading');
    expect(md).toContain('## Notes\n\nNext meeting in July.');
    expect(md).toContain('no names, dates of birth, case numbers or locations');
  });

  it('says when a goal has no steps and when there are no TA needs', () => {
    const md = planToMarkdown(readPlan(createPlanDoc()));
    expect(md).toContain('No action steps yet.');
    expect(md).toContain('None recorded.');
    expect(md).toMatch(/^# Action plan/);
  });
});
