/**
 * The organizer's view of technical-assistance needs across States:
 * `GET /api/ta-needs` (JSON rows) and `GET /api/ta-needs.csv` (a spreadsheet
 * download). CSV cells are quoted as needed and guarded against formula
 * injection: a team typed the text, an organizer opens it in a spreadsheet.
 */
import type { App, AppDeps } from '../context';
import { requireOrganizer } from '../auth/organizer';
import { createPlanStore } from '../db/plans';
import { loadDoc } from '../plans/syncPlan';
import { readPlan } from '../../../src/domain/plan/model';
import { CSV_BOM, toCsv } from '../../../src/domain/csv';
import type { TaNeedRow } from '../../../src/wire/protocol';

export type { TaNeedRow };

/** One TA need as read from a team's plan document. */
export interface PlanTaNeed {
  topic: string;
  description: string;
  priority: string;
  updatedAt?: number;
}

export interface TaNeedSource {
  teams(): { id: string; state: string; name: string }[];
  plan(teamId: string): { doc: Uint8Array; updatedAt: number } | undefined;
  readNeeds(doc: Uint8Array): PlanTaNeed[];
}

export const CSV_COLUMNS = [
  'state',
  'team',
  'topic',
  'priority',
  'description',
  'updated',
] as const;

/** Every team's TA needs, ordered by State, team, then priority as typed. */
export function collectTaNeeds(source: TaNeedSource): TaNeedRow[] {
  const rows: TaNeedRow[] = [];
  for (const team of source.teams()) {
    const plan = source.plan(team.id);
    if (!plan || plan.doc.byteLength === 0) continue;
    let needs: PlanTaNeed[];
    try {
      needs = source.readNeeds(plan.doc);
    } catch {
      continue; // A plan that no longer decodes is reported by the sync route, not here.
    }
    for (const n of needs) {
      rows.push({
        teamId: team.id,
        state: team.state,
        team: team.name,
        topic: n.topic,
        priority: n.priority,
        description: n.description,
        updated: new Date(n.updatedAt ?? plan.updatedAt).toISOString(),
      });
    }
  }
  return rows.sort((a, b) => a.state.localeCompare(b.state) || a.team.localeCompare(b.team));
}

/** The CSV download: guarded and quoted by the one CSV writer (src/domain/csv.ts). */
export function taNeedsCsv(rows: TaNeedRow[]): string {
  return toCsv(
    CSV_COLUMNS,
    rows.map((r) => CSV_COLUMNS.map((c) => r[c])),
  );
}

/** Reads TA needs from a stored plan document through the shared plan read model. */
export function readTaNeedsFromDoc(bytes: Uint8Array): PlanTaNeed[] {
  return readPlan(loadDoc(bytes)).taNeeds.map((n) => ({
    topic: n.topic,
    description: n.description,
    priority: n.priority,
  }));
}

export function register(
  app: App,
  deps: AppDeps,
  readNeeds: TaNeedSource['readNeeds'] = readTaNeedsFromDoc,
): void {
  const teams = deps.storage.teams;
  const plans = createPlanStore(deps.storage.db);
  const source: TaNeedSource = {
    teams: () => teams.list(),
    plan: (id) => plans.get(id),
    readNeeds,
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
