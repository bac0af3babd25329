/**
 * On joining a team, a draft with no State yet takes the team's; a chosen one
 * is kept. The app does this, not the person, so it is not theirs to undo:
 * written under its own origin, which the editor's undo manager does not
 * track (with the default origin, Undo was enabled on a device whose owner
 * had typed nothing, and undoing cleared the State).
 */
import type * as Y from 'yjs';
import { metaMap, setPlanState } from '../../../domain/plan';

export const TEAM_JOIN_ORIGIN = 'team-join';

export function adoptTeamState(doc: Y.Doc, state: string | undefined): void {
  if (!state || metaMap(doc).get('state')) return;
  doc.transact(() => setPlanState(doc, state), TEAM_JOIN_ORIGIN);
}
