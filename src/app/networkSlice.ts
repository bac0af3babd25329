/** The browser's online flag (the shell shows it): a slice of the app store. */
import type { StateCreator } from 'zustand';

export interface NetworkSlice {
  online: boolean;
  setOnline: (online: boolean) => void;
}

export const createNetworkSlice: StateCreator<NetworkSlice> = (set) => ({
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  setOnline: (online) => set({ online }),
});
