/**
 * The one search index (library and the agenda's sessions), built on first
 * use (not at import) so opening a library page never pays for indexing it
 * does not need, and again only when the agenda shown changes.
 */
import { LIBRARY } from '../../content/library';
import type { Session } from '../../domain/agenda';
import { createLibrarySearch, type LibrarySearch } from '../../domain/search';

let index: LibrarySearch | undefined;
let indexed: readonly Session[] | undefined;

export function librarySearch(sessions: readonly Session[] = []): LibrarySearch {
  if (!index || indexed !== sessions) {
    index = createLibrarySearch(LIBRARY, sessions);
    indexed = sessions;
  }
  return index;
}
