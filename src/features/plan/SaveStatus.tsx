/**
 * The save state in words, and the banner shown when the device cannot store
 * the plan (private window, storage full): the text stays in the editor and
 * a backup can be downloaded.
 */
import { useSettledAnnouncement } from '../../app/announce/useSettledAnnouncement';
import type { SaveState } from '../../plan-runtime';

export function saveStatusText(s: SaveState): string {
  if (s.status === 'saved') return 'Saved on this device';
  if (s.status === 'saving') return 'Saving…';
  return 'Not saved on this device';
}

/**
 * The line on screen follows every keystroke; screen readers hear it once,
 * when it settles (a live region here spoke twice per key).
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const text = saveStatusText(state);
  useSettledAnnouncement(text);
  return (
    <p className={`save-status save-${state.status}`} data-testid="save-status">
      {text}
    </p>
  );
}

export function StorageBanner({ state, onBackup }: { state: SaveState; onBackup: () => void }) {
  if (state.status !== 'error' || state.reason === 'removed') return null;
  const why =
    state.reason === 'quota'
      ? 'This device has run out of storage space, so your latest changes are not saved on it.'
      : state.reason === 'unavailable'
        ? 'This browser is not letting the app save anything (this happens in some private windows), so the plan is only in this tab.'
        : `Your latest changes could not be saved on this device (${state.message}).`;
  return (
    <div className="banner banner-error" role="alert">
      <p>
        <strong>Not saved on this device.</strong> {why} Your text is still here in the editor; the
        app keeps trying to save it. Download a backup now so nothing is lost if this tab closes.
      </p>
      <button type="button" className="btn-primary" onClick={onBackup}>
        Download a backup
      </button>
    </div>
  );
}
