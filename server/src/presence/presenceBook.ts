/**
 * Who has a team's plan open, in memory only (never the plan document, never
 * the database): one entry per open plan screen (credential + session),
 * forgotten `ttlMs` after its last heartbeat or at once when it leaves. The
 * clock is injected so tests move time instead of sleeping.
 */
import type { Member } from '../../../src/wire/members';

export interface PresenceRecord {
  /** Whose device: used only to leave a device's own entries out of its stream. */
  credentialHash: string;
  member: Member;
  field: string | null;
  expiresAt: number;
}

export class PresenceBook {
  private teams = new Map<string, Map<string, PresenceRecord>>();

  constructor(
    private now: () => number,
    private ttlMs: number,
  ) {}

  /** Record (or refresh) one open plan screen. */
  set(teamId: string, session: string, record: Omit<PresenceRecord, 'expiresAt'>): void {
    let team = this.teams.get(teamId);
    if (!team) this.teams.set(teamId, (team = new Map()));
    team.set(`${record.credentialHash}/${session}`, {
      ...record,
      expiresAt: this.now() + this.ttlMs,
    });
  }

  /** Forget one screen; true when it was there. */
  leave(teamId: string, credentialHash: string, session: string): boolean {
    const team = this.teams.get(teamId);
    const gone = team?.delete(`${credentialHash}/${session}`) ?? false;
    if (team?.size === 0) this.teams.delete(teamId);
    return gone;
  }

  /** Forget every screen of a credential (it was revoked); the teams that changed. */
  forgetCredential(credentialHash: string): string[] {
    const changed: string[] = [];
    for (const [teamId, team] of this.teams) {
      for (const [key, r] of team) {
        if (r.credentialHash === credentialHash) {
          team.delete(key);
          if (!changed.includes(teamId)) changed.push(teamId);
        }
      }
      if (team.size === 0) this.teams.delete(teamId);
    }
    return changed;
  }

  /** Forget all of a team's screens (every device was removed); true when any was there. */
  forgetTeam(teamId: string): boolean {
    return this.teams.delete(teamId);
  }

  /** The team's live entries (expired ones are dropped on the way). */
  list(teamId: string): PresenceRecord[] {
    this.sweepTeam(teamId);
    return [...(this.teams.get(teamId)?.values() ?? [])];
  }

  /** Drop expired entries everywhere; the ids of the teams that lost some. */
  sweep(): string[] {
    return [...this.teams.keys()].filter((teamId) => this.sweepTeam(teamId));
  }

  private sweepTeam(teamId: string): boolean {
    const team = this.teams.get(teamId);
    if (!team) return false;
    const now = this.now();
    let dropped = false;
    for (const [key, r] of team) {
      if (r.expiresAt <= now) {
        team.delete(key);
        dropped = true;
      }
    }
    if (team.size === 0) this.teams.delete(teamId);
    return dropped;
  }
}
