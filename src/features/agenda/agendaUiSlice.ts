/** The agenda screen's UI state (filters, last refresh problem): a slice of the app store. */
import type { StateCreator } from 'zustand';

export interface AgendaUiSlice {
  agendaQuery: string;
  agendaFocus: string;
  agendaKind: string;
  agendaRoom: string;
  setAgendaFilter: (
    patch: Partial<
      Pick<AgendaUiSlice, 'agendaQuery' | 'agendaFocus' | 'agendaKind' | 'agendaRoom'>
    >,
  ) => void;
  /** Why the last agenda refresh failed while online (endpoint down, bad answer), or null. */
  agendaRefreshProblem: string | null;
  setAgendaRefreshProblem: (problem: string | null) => void;
}

export const createAgendaUiSlice: StateCreator<AgendaUiSlice> = (set) => ({
  agendaQuery: '',
  agendaFocus: '',
  agendaKind: '',
  agendaRoom: '',
  setAgendaFilter: (patch) => set(patch),
  agendaRefreshProblem: null,
  setAgendaRefreshProblem: (agendaRefreshProblem) => set({ agendaRefreshProblem }),
});
