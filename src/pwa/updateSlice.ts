/** The service worker's state the update prompt shows: a slice of the app store. */
import type { StateCreator } from 'zustand';

export interface UpdateSlice {
  /** A new service worker is waiting; the prompt offers to reload. */
  updateReady: boolean;
  offlineReady: boolean;
  setUpdateReady: (ready: boolean) => void;
  setOfflineReady: (ready: boolean) => void;
}

export const createUpdateSlice: StateCreator<UpdateSlice> = (set) => ({
  updateReady: false,
  offlineReady: false,
  setUpdateReady: (updateReady) => set({ updateReady }),
  setOfflineReady: (offlineReady) => set({ offlineReady }),
});
