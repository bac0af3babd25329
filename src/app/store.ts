/**
 * The one zustand store: UI and session state only (never domain data, which
 * lives in Dexie). Each slice's shape and setters live with the feature that
 * owns it (agenda filters in features/agenda, the update prompt in pwa); this
 * file only puts them together.
 */
import { create } from 'zustand';
import { createAgendaUiSlice, type AgendaUiSlice } from '../features/agenda/agendaUiSlice';
import { createUpdateSlice, type UpdateSlice } from '../pwa/updateSlice';
import { createNetworkSlice, type NetworkSlice } from './networkSlice';

export type { AgendaUiSlice, NetworkSlice, UpdateSlice };

export type AppState = NetworkSlice & UpdateSlice & AgendaUiSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createNetworkSlice(...a),
  ...createUpdateSlice(...a),
  ...createAgendaUiSlice(...a),
}));
