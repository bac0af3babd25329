/**
 * The agenda's UI state that is not in the address (the last refresh
 * problem): a slice of the app store. Search and filters live in the URL
 * (agendaUrl.ts).
 */
import type { StateCreator } from 'zustand';

export interface AgendaUiSlice {
  /** Why the last agenda refresh failed while online (endpoint down, bad answer), or null. */
  agendaRefreshProblem: string | null;
  setAgendaRefreshProblem: (problem: string | null) => void;
}

export const createAgendaUiSlice: StateCreator<AgendaUiSlice> = (set) => ({
  agendaRefreshProblem: null,
  setAgendaRefreshProblem: (agendaRefreshProblem) => set({ agendaRefreshProblem }),
});
