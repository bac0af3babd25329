/**
 * `GET /api/steps.csv`: every action step of every team's latest
 * submission, one row each, through the one guarded CSV writer
 * (src/domain/csv.ts). Pure: the route hands it the teams and their latest
 * submitted plans.
 */
import { LIBRARY } from '../../../src/content/library';
import { toCsv, type CsvCell } from '../../../src/domain/csv';
import { mandateById } from '../../../src/domain/plan/mandates';
import { STEP_STATUSES, partnerLabel, type Goal, type Plan } from '../../../src/domain/plan/schema';
import { STEPS_CSV_COLUMNS } from '../../../src/wire/submissions';

export interface SubmittedTeamPlan {
  state: string;
  team: string;
  submittedAt: number;
  plan: Plan;
}

let practiceTitles: Map<string, string> | undefined;
export function practiceTitle(id: string): string {
  practiceTitles ??= new Map(LIBRARY.practices.map((p) => [p.id, p.title]));
  return practiceTitles.get(id) ?? id;
}

/** "Goal title (mandate: …)" when the team renamed a mandate's goal; the one title otherwise. */
export function goalLabel(goal: Goal): string {
  const title = goal.title.trim();
  const mandate = mandateById(goal.mandateId);
  if (!mandate) return title || '(untitled goal)';
  if (!title || title === mandate.title) return mandate.title;
  return `${title} (mandate: ${mandate.title})`;
}

/** The titles of the practices a plan links, by id (ids the library lacks are left out). */
export function linkedPracticeTitles(plan: Plan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of plan.goals) {
    for (const s of g.steps) {
      for (const id of s.practices) {
        const title = practiceTitle(id);
        if (title !== id) out[id] = title;
      }
    }
  }
  return out;
}

const statusLabel = (id: string) => STEP_STATUSES.find((s) => s.id === id)?.label ?? id;

export function stepRows(plans: readonly SubmittedTeamPlan[]): CsvCell[][] {
  const sorted = [...plans].sort(
    (a, b) => a.state.localeCompare(b.state) || a.team.localeCompare(b.team),
  );
  const rows: CsvCell[][] = [];
  for (const p of sorted) {
    const submitted = new Date(p.submittedAt).toISOString();
    for (const goal of p.plan.goals) {
      for (const s of goal.steps) {
        rows.push([
          p.state,
          p.team,
          goalLabel(goal),
          s.text,
          s.lead,
          s.partners.map(partnerLabel).join('; '),
          s.owner,
          s.due,
          statusLabel(s.status),
          s.practices.map(practiceTitle).join('; '),
          submitted,
        ]);
      }
    }
  }
  return rows;
}

export function stepsCsv(plans: readonly SubmittedTeamPlan[]): string {
  return toCsv(STEPS_CSV_COLUMNS, stepRows(plans));
}
