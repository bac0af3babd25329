/**
 * The plan as Markdown, for taking home and pasting into other documents.
 */
import { FOCUS_AREAS } from '../focusAreas';
import { mandateById } from './mandates';
import { PRIORITIES, STEP_STATUSES, partnerLabel, type Plan } from './schema';

export interface MarkdownOptions {
  /** Title of a linked practice (falls back to its id). */
  practiceTitle?: (id: string) => string | undefined;
}

const label = <T extends { id: string; label: string }>(list: readonly T[], id: string) =>
  list.find((x) => x.id === id)?.label ?? id;

/** One line per paragraph; keep Markdown from reading user text as markup at line starts. */
function block(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((l) => l.replace(/^(\s*)([#>*+-]|\d+\.)(\s)/, '$1\\$2$3'))
    .join('  \n');
}

const cell = (text: string) =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim() || ' ';

export function planToMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  out.push(`# ${cell(plan.title) === ' ' ? 'Action plan' : cell(plan.title)}`);
  if (plan.state) out.push('', `State: ${plan.state}`);
  out.push(
    '',
    '_Plans describe systems, not children: no names, dates of birth, case numbers or locations of any child or family._',
  );
  plan.goals.forEach((g, i) => {
    out.push('', `## Goal ${i + 1}: ${cell(g.title) === ' ' ? '(untitled)' : cell(g.title)}`);
    const m = mandateById(g.mandateId);
    if (m) {
      out.push('', `Mandate: ${m.citation}${m.due ? `. ${m.due}` : ''}`);
    }
    if (g.focusAreas.length)
      out.push('', `Focus areas: ${g.focusAreas.map((f) => label(FOCUS_AREAS, f)).join(', ')}`);
    if (!g.steps.length) {
      out.push('', 'No action steps yet.');
      return;
    }
    out.push('', '| # | Action step | Lead agency | Partners | Owner | Target date | Status |');
    out.push('| --- | --- | --- | --- | --- | --- | --- |');
    g.steps.forEach((s, j) => {
      out.push(
        `| ${i + 1}.${j + 1} | ${cell(s.text)} | ${cell(s.lead)} | ${cell(
          s.partners.map(partnerLabel).join(', '),
        )} | ${cell(s.owner)} | ${s.due || ' '} | ${label(STEP_STATUSES, s.status)} |`,
      );
    });
    const linked = g.steps.flatMap((s, j) =>
      s.practices.map((p) => `- Step ${i + 1}.${j + 1}: ${opts.practiceTitle?.(p) ?? p}`),
    );
    if (linked.length) out.push('', 'Practices used:', '', ...linked);
  });
  out.push('', '## Technical-assistance needs');
  if (!plan.taNeeds.length) out.push('', 'None recorded.');
  for (const t of plan.taNeeds) {
    out.push(
      '',
      `### ${cell(t.topic) === ' ' ? '(no topic)' : cell(t.topic)} (priority: ${label(PRIORITIES, t.priority)})`,
    );
    if (t.description.trim()) out.push('', block(t.description));
  }
  if (plan.notes.trim()) out.push('', '## Notes', '', block(plan.notes));
  return out.join('\n') + '\n';
}
