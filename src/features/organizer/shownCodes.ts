/**
 * Join codes made in this tab and not yet dismissed. The endpoint keeps only
 * their hashes, so this is the one copy: it lives in the organizer feature's
 * module (not the app store, not storage: a code is a secret) and so outlasts
 * switching organizer tabs, which unmounts the teams screen. It goes when the
 * organizer dismisses the panel or the tab closes.
 */
import { useSyncExternalStore } from 'react';

export interface ShownCode {
  id: string;
  state: string;
  teamName: string;
  joinCode: string;
}

let codes: readonly ShownCode[] = [];
const listeners = new Set<() => void>();

function set(next: readonly ShownCode[]) {
  codes = next;
  for (const l of listeners) l();
}

/** Adds codes; a team's newer code replaces its older one. */
export function showCodes(added: readonly ShownCode[]): void {
  const ids = new Set(added.map((c) => c.id));
  set([...codes.filter((c) => !ids.has(c.id)), ...added]);
}

/** A revoked code no longer works: it leaves the panel. */
export function forgetCode(teamId: string): void {
  if (codes.some((c) => c.id === teamId)) set(codes.filter((c) => c.id !== teamId));
}

export function dismissCodes(): void {
  set([]);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useShownCodes(): readonly ShownCode[] {
  return useSyncExternalStore(
    subscribe,
    () => codes,
    () => codes,
  );
}

/** "ABCDE23456" → "ABCDE-23456": easier to read aloud and type. */
export function groupedCode(code: string): string {
  return code.length === 10 ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/** The codes as plain text for the clipboard: one "Team: CODE" line each. */
export function codesAsText(list: readonly ShownCode[]): string {
  return list.map((c) => `${c.teamName}: ${groupedCode(c.joinCode)}`).join('\n');
}
