/**
 * The device database (IndexedDB through Dexie). Every schema version lives
 * here, in order; a new version never edits an old one.
 *
 * Tables:
 * - agenda:      the agenda the device shows ('current') and the one before
 *                it ('previous'), with the ETag and when it was fetched.
 * - bookmarks:   my schedule: one row per bookmarked session id.
 * - meta:        small key/value settings (pinned clock, seen versions...).
 * - plans:       one row per action plan on this device (team, name, ...).
 * - planUpdates: Yjs updates of each plan, in order; `sent` marks those the
 *                endpoint has acknowledged.
 * - evaluations: the device's session ratings and its overall evaluation,
 *                one row each, kept until the endpoint acknowledged them.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Agenda } from '../domain/agenda';

export interface AgendaRow {
  id: 'current' | 'previous';
  agenda: Agenda;
  /** ETag the endpoint gave for this version, if it came from the endpoint. */
  etag?: string;
  /** Instant (ms) when the device last confirmed this version with the endpoint. */
  checkedAt?: number;
  /** Where it came from. */
  origin: 'shipped' | 'endpoint';
}

export interface BookmarkRow {
  sessionId: string;
  addedAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface PlanRow {
  id: string;
  teamId?: string;
  /** Display name of the team, once joined (set by sync). */
  teamName?: string;
  /** Two-letter postal code of the team's State, when known. */
  state?: string;
  createdAt: number;
  updatedAt: number;
  /** Schema of the plan row; version 2 fills it in for rows made by version 1. */
  rowVersion?: number;
  [extra: string]: unknown;
}

export interface PlanUpdateRow {
  seq?: number;
  planId: string;
  update: Uint8Array;
  createdAt: number;
  /** 0 = waiting to be sent, 1 = acknowledged by the endpoint (indexable). */
  sent: 0 | 1;
}

export interface EvaluationRow {
  /** Made by this device once per session (or once for the overall evaluation). */
  id: string;
  kind: 'session' | 'overall';
  /** The session rated, or 'overall'. Indexed: one row per session. */
  target: string;
  rating?: number;
  answers?: { plan: number; practices: number; planningTime: number };
  comment?: string;
  /** Last change on this device (ms). */
  updatedAt: number;
  /** 0 = waiting to be sent, 1 = the endpoint has this version. */
  sent: 0 | 1;
  /** Why the endpoint refused it, when it did (the row stays, unsent). */
  refused?: string;
}

export class ConveningDb extends Dexie {
  agenda!: EntityTable<AgendaRow, 'id'>;
  bookmarks!: EntityTable<BookmarkRow, 'sessionId'>;
  meta!: EntityTable<MetaRow, 'key'>;
  plans!: EntityTable<PlanRow, 'id'>;
  planUpdates!: EntityTable<PlanUpdateRow, 'seq'>;
  evaluations!: EntityTable<EvaluationRow, 'id'>;

  constructor(name = 'convening') {
    super(name);
    this.version(1).stores({
      agenda: 'id',
      bookmarks: 'sessionId',
      meta: 'key',
      plans: 'id',
      planUpdates: '++seq, planId, [planId+sent]',
    });
    // Version 2 (plan editor): index plans by team so sync can find the
    // device's copy of a team plan, and give every plan row its timestamps
    // and row version (version-1 rows may have been written without them).
    this.version(2)
      .stores({ plans: 'id, teamId' })
      .upgrade(async (tx) => {
        const now = Date.now();
        await tx
          .table<PlanRow, string>('plans')
          .toCollection()
          .modify((row) => {
            if (typeof row.createdAt !== 'number') row.createdAt = now;
            if (typeof row.updatedAt !== 'number') row.updatedAt = row.createdAt;
            row.rowVersion = 2;
          });
      });
    this.version(3).stores({ evaluations: 'id, &target, sent' });
  }
}

export const db = new ConveningDb();
