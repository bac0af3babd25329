/**
 * The one zustand store: UI and session state only (never domain data, which
 * lives in Dexie). Built from slices; each feature owns its slice's shape.
 */
import { create } from 'zustand';

export interface NetworkSlice {
  online: boolean;
  setOnline: (online: boolean) => void;
}

export interface UpdateSlice {
  /** A new service worker is waiting; the prompt offers to reload. */
  updateReady: boolean;
  offlineReady: boolean;
  setUpdateReady: (ready: boolean) => void;
  setOfflineReady: (ready: boolean) => void;
}

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

export type AppState = NetworkSlice & UpdateSlice & AgendaUiSlice;

export const useAppStore = create<AppState>()((set) => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  setOnline: (online) => set({ online }),
  updateReady: false,
  offlineReady: false,
  setUpdateReady: (updateReady) => set({ updateReady }),
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  agendaQuery: '',
  agendaFocus: '',
  agendaKind: '',
  agendaRoom: '',
  setAgendaFilter: (patch) => set(patch),
  agendaRefreshProblem: null,
  setAgendaRefreshProblem: (agendaRefreshProblem) => set({ agendaRefreshProblem }),
}));
