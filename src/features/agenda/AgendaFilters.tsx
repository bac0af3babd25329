/**
 * Search and filters for the agenda (focus area, kind, room). The values live
 * in the app store so they survive moving between days and screens.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../app/store';
import { SESSION_KINDS } from '../../domain/agendaConstants';
import { type AgendaFilter, isFilterActive } from '../../domain/agendaFilter';
import { FOCUS_AREAS } from '../../domain/focusAreaList';
import { Options } from '../../components/Options';

export function useAgendaFilter(): AgendaFilter {
  return useAppStore(
    useShallow((s) => ({
      query: s.agendaQuery,
      focus: s.agendaFocus,
      kind: s.agendaKind,
      room: s.agendaRoom,
    })),
  );
}

export function AgendaFilters({ rooms }: { rooms: string[] }) {
  const filter = useAgendaFilter();
  const set = useAppStore((s) => s.setAgendaFilter);
  return (
    <form className="agenda-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field field-query">
        <label htmlFor="agenda-query">Search the agenda</label>
        <input
          id="agenda-query"
          type="search"
          value={filter.query}
          placeholder="Title, topic, speaker role…"
          onChange={(e) => set({ agendaQuery: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="agenda-focus">Focus area</label>
        <select
          id="agenda-focus"
          value={filter.focus}
          onChange={(e) => set({ agendaFocus: e.currentTarget.value })}
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
          onChange={(e) => set({ agendaKind: e.currentTarget.value })}
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
          onChange={(e) => set({ agendaRoom: e.currentTarget.value })}
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
        disabled={!isFilterActive(filter)}
        onClick={() => set({ agendaQuery: '', agendaFocus: '', agendaKind: '', agendaRoom: '' })}
      >
        Clear filters
      </button>
    </form>
  );
}
