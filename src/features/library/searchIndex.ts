/**
 * The library's search index, built once on first use (not at import) so
 * opening a library page never pays for indexing it does not need.
 */
import { LIBRARY } from '../../content/library';
import { createLibrarySearch, type LibrarySearch } from '../../domain/search';

let index: LibrarySearch | undefined;

export function librarySearch(): LibrarySearch {
  return (index ??= createLibrarySearch(LIBRARY));
}
