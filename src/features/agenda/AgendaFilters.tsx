/**
 * Search and filters for the agenda (focus area, kind, room). The values live
 * in the address (agendaUrl.ts), so a filtered list can be shared and
 * survives a reload. The three filters fold under "Filters" so the day's
 * sessions start on a phone's first screen; they open when one is set.
 */
import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { SESSION_KINDS } from '../../domain/agendaConstants';
import type { AgendaFilter } from '../../domain/agendaFilter';
import { FOCUS_AREAS } from '../../domain/focusAreaList';
import { Options } from '../../components/Options';
import { filterFromSearch, searchWithFilter } from './agendaUrl';

export function AgendaFilters({ rooms }: { rooms: string[] }) {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filter = filterFromSearch(search);
  // Typing replaces the history entry: Back leaves the agenda, not one letter.
  const set = (patch: Partial<AgendaFilter>) =>
    navigate(location + searchWithFilter(search, patch), { replace: true });
  const chosen = [filter.focus, filter.kind, filter.room].filter(Boolean).length;
  const [open, setOpen] = useState(chosen > 0);
  const q = filter.query.trim();
  return (
    <form className="agenda-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-query">
        <label htmlFor="agenda-query">Search the agenda</label>
        <input
          id="agenda-query"
          type="search"
          value={filter.query}
          placeholder="Title, topic, speaker role…"
          onChange={(e) => set({ query: e.currentTarget.value })}
        />
        {q && (
          <Link className="small" href={`~/library/search?q=${encodeURIComponent(q)}`}>
            Search the library too for “{q}”
          </Link>
        )}
      </div>
      <details
        className="filter-more"
        open={open || chosen > 0}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>Filters{chosen > 0 ? ` (${chosen} on)` : ''}</summary>
        <div className="filter-fields">
          <div className="field">
            <label htmlFor="agenda-focus">Focus area</label>
            <select
              id="agenda-focus"
              value={filter.focus}
              onChange={(e) => set({ focus: e.currentTarget.value })}
            >
              <option value="">All focus areas</option>
              <Options items={FOCUS_AREAS} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="agenda-kind">Kind</label>
            <select
              id="agenda-kind"
              value={filter.kind}
              onChange={(e) => set({ kind: e.currentTarget.value })}
            >
              <option value="">All kinds</option>
              <Options items={SESSION_KINDS} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="agenda-room">Room</label>
            <select
              id="agenda-room"
              value={filter.room}
              onChange={(e) => set({ room: e.currentTarget.value })}
            >
              <option value="">All rooms</option>
              {rooms.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="secondary-button"
            disabled={!q && chosen === 0}
            onClick={() => set({ query: '', focus: '', kind: '', room: '' })}
          >
            Clear filters
          </button>
        </div>
      </details>
    </form>
  );
}
