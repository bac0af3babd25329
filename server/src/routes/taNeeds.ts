/**
 * The organizer's view of technical-assistance needs across States:
 * `GET /api/ta-needs` (JSON rows) and `GET /api/ta-needs.csv` (a spreadsheet
 * download). CSV cells are quoted as needed and guarded against formula
 * injection: a team typed the text, an organizer opens it in a spreadsheet.
 *
 * The rows are the teams' current plans (drafts), so the organizers see a
 * need as soon as a team writes it; each row says whether it is part of the
 * team's latest submission (`submitted_at`, the ISO time of that submission,
 * when the need is in it with the same topic, description and priority) or
 * "not submitted" (new or changed since, or the team never submitted).
 */
import type { App, AppDeps } from '../context';
import { requireOrganizer } from '../auth/organizer';
import type { PlanView } from '../plans/planDocs';
import { CSV_BOM, toCsv } from '../../../src/domain/csv';
import { PlanSchema } from '../../../src/domain/plan/schema';
import type { TaNeedRow } from '../../../src/wire/protocol';

export type { TaNeedRow };

/** One TA need as read from a team's plan document. */
export interface PlanTaNeed {
  id?: string;
  topic: string;
  description: string;
  priority: string;
  updatedAt?: number;
}

export interface TaNeedSource {
  teams(): { id: string; state: string; name: string }[];
  /** The team's TA needs and when its plan last changed; throws when it does not decode. */
  needs(teamId: string): { needs: PlanTaNeed[]; updatedAt: number } | undefined;
  /** The team's latest submission: when, and its TA needs (none before the first). */
  submitted?(teamId: string): { submittedAt: number; needs: PlanTaNeed[] } | undefined;
}

export const NOT_SUBMITTED = 'not submitted';

export const CSV_COLUMNS = [
  'state',
  'team',
  'topic',
  'priority',
  'description',
  'updated',
  'submitted_at',
] as const;

const sameNeed = (a: PlanTaNeed, b: PlanTaNeed) =>
  a.id === b.id &&
  a.topic === b.topic &&
  a.description === b.description &&
  a.priority === b.priority;

/** Every team's TA needs, ordered by State, team, then priority as typed. */
export function collectTaNeeds(source: TaNeedSource): TaNeedRow[] {
  const rows: TaNeedRow[] = [];
  for (const team of source.teams()) {
    let plan: ReturnType<TaNeedSource['needs']>;
    try {
      plan = source.needs(team.id);
    } catch {
      continue; // A plan that no longer decodes is reported by the team list, not here.
    }
    if (!plan) continue;
    const submitted = source.submitted?.(team.id);
    for (const n of plan.needs) {
      const inSubmission = !!n.id && !!submitted?.needs.some((s) => sameNeed(s, n));
      rows.push({
        teamId: team.id,
        state: team.state,
        team: team.name,
        topic: n.topic,
        priority: n.priority,
        description: n.description,
        updated: new Date(n.updatedAt ?? plan.updatedAt).toISOString(),
        submittedAt:
          inSubmission && submitted ? new Date(submitted.submittedAt).toISOString() : null,
      });
    }
  }
  return rows.sort((a, b) => a.state.localeCompare(b.state) || a.team.localeCompare(b.team));
}

/** The CSV download: guarded and quoted by the one CSV writer (src/domain/csv.ts). */
export function taNeedsCsv(rows: TaNeedRow[]): string {
  return toCsv(
    CSV_COLUMNS,
    rows.map((r) =>
      CSV_COLUMNS.map((c) => (c === 'submitted_at' ? (r.submittedAt ?? NOT_SUBMITTED) : r[c])),
    ),
  );
}

/** TA needs from a team's plan view (the in-memory plan, decoded once per change). */
export function taNeedsOfPlan(
  view: PlanView,
): { needs: PlanTaNeed[]; updatedAt: number } | undefined {
  if (view.bytes === 0) return undefined;
  if (!view.read.ok) throw new Error(view.read.problem);
  return {
    needs: view.read.plan.taNeeds.map((n) => ({
      id: n.id,
      topic: n.topic,
      description: n.description,
      priority: n.priority,
    })),
    updatedAt: view.changedAt,
  };
}

export function register(
  app: App,
  deps: AppDeps,
  needs: TaNeedSource['needs'] = (id) => taNeedsOfPlan(deps.plans.view(id)),
): void {
  const teams = deps.storage.teams;
  const source: TaNeedSource = {
    teams: () => teams.list(),
    needs,
    submitted: (teamId) => {
      const latest = deps.storage.submissions.latest(teamId);
      if (!latest) return undefined;
      const parsed = PlanSchema.safeParse(JSON.parse(latest.planJson));
      return parsed.success
        ? { submittedAt: latest.submittedAt, needs: parsed.data.taNeeds }
        : undefined;
    },
  };

  app.get('/api/ta-needs', requireOrganizer, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ needs: collectTaNeeds(source) });
  });

  app.get('/api/ta-needs.csv', requireOrganizer, (c) => {
    const day = deps.now().toISOString().slice(0, 10);
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="ta-needs-${day}.csv"`);
    // The BOM makes spreadsheet programs read the file as UTF-8.
    return c.body(CSV_BOM + taNeedsCsv(collectTaNeeds(source)));
  });
}
