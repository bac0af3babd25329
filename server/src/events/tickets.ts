/**
 * Short-lived tickets for the event stream. EventSource cannot send an
 * Authorization header, and a long-lived credential in a URL ends up in logs,
 * so a device trades its team credential (POST /api/events/ticket) for a
 * random ticket valid TICKET_TTL_MS, usable in `GET /api/events?ticket=`.
 * Kept in memory: after a restart devices simply fetch a new one. A ticket
 * remembers which credential bought it, so redeeming it can check that the
 * credential is still live (an organizer may have revoked it since).
 */
import { randomBytes } from 'node:crypto';

export const TICKET_TTL_MS = 5 * 60_000;
const MAX_TICKETS = 100_000;

export interface TicketHolder {
  teamId: string;
  /** SHA-256 of the team credential that bought the ticket. */
  credentialHash: string;
}

export class TicketBook {
  private tickets = new Map<string, TicketHolder & { expiresAt: number }>();

  constructor(private now: () => number = Date.now) {}

  issue(holder: TicketHolder): { ticket: string; expiresAt: number } {
    this.prune();
    const ticket = randomBytes(24).toString('base64url');
    const expiresAt = this.now() + TICKET_TTL_MS;
    this.tickets.set(ticket, { ...holder, expiresAt });
    return { ticket, expiresAt };
  }

  /** Who holds a live ticket, or undefined. */
  redeem(ticket: string): TicketHolder | undefined {
    const t = this.tickets.get(ticket);
    if (!t) return undefined;
    if (t.expiresAt <= this.now()) {
      this.tickets.delete(ticket);
      return undefined;
    }
    return { teamId: t.teamId, credentialHash: t.credentialHash };
  }

  private prune() {
    if (this.tickets.size < MAX_TICKETS / 2) return;
    const t = this.now();
    for (const [k, v] of this.tickets) if (v.expiresAt <= t) this.tickets.delete(k);
    // Still full: drop the oldest (Map keeps insertion order).
    for (const k of this.tickets.keys()) {
      if (this.tickets.size < MAX_TICKETS) break;
      this.tickets.delete(k);
    }
  }
}
