/**
 * Shapes of the organizer API's answers (GET /api/teams, GET /api/ta-needs),
 * shared by the endpoint that builds them and the screens that read them.
 */

export interface TeamSummary {
  id: string;
  state: string;
  name: string;
  createdAt: number;
  hasJoinCode: boolean;
  lastSyncAt: number | null;
  planBytes: number;
  stepsByStatus: Record<string, number>;
  taNeedCount: number;
  /** Set when the stored document could not be read (should not happen). */
  problem?: string;
}

export interface TaNeedRow {
  teamId: string;
  state: string;
  team: string;
  topic: string;
  priority: string;
  description: string;
  /** ISO instant: when this need (or, failing that, the team's plan) last changed. */
  updated: string;
}
