/**
 * Teams overview for organizers: create teams for any subset of States,
 * see join codes once (a panel that stays until dismissed, with Copy and
 * Print), each team's last sync, plan size and
 * progress, regenerate (after asking, like revoke) or revoke a code, and remove every device of a team
 * (a lost laptop, a member who left: the devices keep their plans and can
 * join again with a new code).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveRefresh } from './useLiveRefresh';
import { STEP_STATUSES } from '../../domain/plan/schema';
import { STATES, stateName } from '../../domain/states';
import {
  createTeams,
  listTeams,
  regenerateJoinCode,
  removeTeamDevices,
  revokeJoinCode,
  type TeamSummary,
} from '../../sync/organizer';
import { CODES_HEADING_ID, JoinCodeSheet } from './JoinCodeSheet';
import { forgetCode, showCodes } from './shownCodes';
import { formatBytes, formatWhen } from './format';

export function TeamsScreen() {
  const [teams, setTeams] = useState<TeamSummary[] | null>(null);
  const [error, setError] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  /** Each row's "New code" button: where focus goes when the button pressed disappears. */
  const newCodeButtons = useRef(new Map<string, HTMLButtonElement>());

  const refresh = useCallback(async () => {
    const r = await listTeams();
    if (r.ok) {
      setTeams(r.value);
      setError('');
    } else setError(r.message);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  // Last sync, plan size and steps move while teams work: the table follows.
  const refreshQuietly = useCallback(() => void refresh(), [refresh]);
  useLiveRefresh(refreshQuietly);

  const withTeam = new Set(teams?.map((t) => t.state));
  const available = STATES.filter((s) => !withTeam.has(s.code));

  async function create() {
    setBusy(true);
    const r = await createTeams([...picked]);
    setBusy(false);
    if (!r.ok) {
      setError(r.message);
      return;
    }
    showCodes(r.value.map((t) => ({ ...t, teamName: t.name })));
    setPicked(new Set());
    await refresh();
    showPanel();
  }

  async function regenerate(t: TeamSummary, button: HTMLButtonElement) {
    const ok = window.confirm(
      `Make a new join code for ${t.name}? ` +
        (t.hasJoinCode ? 'The current code stops working at once. ' : '') +
        'Devices already joined keep working.',
    );
    if (!ok) return button.focus();
    const r = await regenerateJoinCode(t.id);
    if (!r.ok) return setError(r.message);
    showCodes([{ id: t.id, state: t.state, teamName: t.name, joinCode: r.value.joinCode }]);
    await refresh();
    showPanel();
  }

  async function revoke(t: TeamSummary) {
    if (!window.confirm(`Revoke the join code of ${t.name}? Devices already joined keep working.`))
      return;
    const r = await revokeJoinCode(t.id);
    if (!r.ok) return setError(r.message);
    forgetCode(t.id);
    await refresh();
    // The Revoke button is gone now: keep focus in the same row.
    newCodeButtons.current.get(t.id)?.focus();
  }

  async function removeDevices(t: TeamSummary, button: HTMLButtonElement) {
    const ok = window.confirm(
      `Remove every device from ${t.name}? They stop syncing at once and keep their plans; ` +
        'to let someone back in, make a new code.',
    );
    if (!ok) return button.focus();
    const r = await removeTeamDevices(t.id);
    if (!r.ok) {
      setError(r.message);
      return button.focus();
    }
    const n = r.value.revoked;
    setNotice(
      n === 0
        ? `${t.name} had no devices to remove.`
        : `Removed ${n} ${n === 1 ? 'device' : 'devices'} from ${t.name}. ` +
            'Make a new code for the people who should join again.',
    );
    await refresh();
    button.focus();
  }

  return (
    <section aria-labelledby="org-teams-title" className="org-teams">
      <h1 id="org-teams-title">State teams</h1>
      {error && (
        <p className="org-error" role="alert">
          {error}
        </p>
      )}

      {/* Always in the page, so screen readers announce each new notice. */}
      <p className="org-notice" role="status">
        {notice}
      </p>

      <JoinCodeSheet />

      <details className="org-panel" open={teams !== null && teams.length === 0}>
        <summary>Create teams</summary>
        <fieldset className="org-fieldset">
          <legend>States, D.C., Puerto Rico and territories without a team</legend>
          <div className="org-actions">
            <button type="button" onClick={() => setPicked(new Set(available.map((s) => s.code)))}>
              Select all
            </button>
            <button type="button" onClick={() => setPicked(new Set())}>
              Clear
            </button>
          </div>
          <div className="org-state-grid">
            {available.map((s) => (
              <label key={s.code}>
                <input
                  type="checkbox"
                  checked={picked.has(s.code)}
                  onChange={(e) => {
                    const next = new Set(picked);
                    if (e.currentTarget.checked) next.add(s.code);
                    else next.delete(s.code);
                    setPicked(next);
                  }}
                />
                {s.name}
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="button"
          className="org-primary"
          disabled={picked.size === 0 || busy}
          onClick={() => void create()}
        >
          {busy ? 'Creating…' : `Create ${picked.size} team${picked.size === 1 ? '' : 's'}`}
        </button>
      </details>

      <h2>Teams ({teams?.length ?? 0})</h2>
      {teams === null && !error && <p className="loading">Loading teams…</p>}
      {teams && teams.length === 0 && <p className="org-muted">No teams yet.</p>}
      {teams && teams.length > 0 && (
        <p className="org-muted">
          For safety a join code is shown only once, when it is made. If a team lost theirs, make a
          new code: the old one stops working, and devices already in the team stay in it.
        </p>
      )}
      {teams && teams.length > 0 && (
        <div className="org-table-wrap">
          <table className="org-table">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Last sync</th>
                <th scope="col">Plan size</th>
                <th scope="col">Steps by status</th>
                <th scope="col">TA needs</th>
                <th scope="col">Join code and devices</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    {t.name}
                    {!t.name.includes(stateName(t.state)) && (
                      <span className="org-muted"> ({stateName(t.state)})</span>
                    )}
                  </th>
                  <td data-label="Last sync">
                    {t.lastSyncAt ? formatWhen(t.lastSyncAt) : 'Never'}
                  </td>
                  <td data-label="Plan size">
                    {t.planBytes > 0 ? formatBytes(t.planBytes) : 'No plan yet'}
                  </td>
                  <td data-label="Steps by status">
                    {Object.keys(t.stepsByStatus).length === 0
                      ? 'No steps'
                      : Object.entries(t.stepsByStatus)
                          .map(([status, n]) => `${n} ${statusLabel(status).toLowerCase()}`)
                          .join(', ')}
                    {t.problem && <span className="org-error"> Cannot read plan.</span>}
                  </td>
                  <td data-label="TA needs">{t.taNeedCount}</td>
                  <td data-label="Join code and devices">
                    <span className="org-muted">{t.hasJoinCode ? 'Active' : 'Revoked'}</span>{' '}
                    <span className="org-row-actions">
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) newCodeButtons.current.set(t.id, el);
                          else newCodeButtons.current.delete(t.id);
                        }}
                        onClick={(e) => void regenerate(t, e.currentTarget)}
                      >
                        New code<span className="visually-hidden"> for {t.name}</span>
                      </button>
                      {t.hasJoinCode && (
                        <button type="button" onClick={() => void revoke(t)}>
                          Revoke<span className="visually-hidden"> code of {t.name}</span>
                        </button>
                      )}
                      <button type="button" onClick={(e) => void removeDevices(t, e.currentTarget)}>
                        Remove devices<span className="visually-hidden"> of {t.name}</span>
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** New codes are at the top of the page, often far above the button pressed: go there. */
function showPanel() {
  requestAnimationFrame(() => {
    const h = document.getElementById(CODES_HEADING_ID);
    h?.focus({ preventScroll: true });
    h?.scrollIntoView?.({ block: 'start' });
  });
}

function statusLabel(id: string): string {
  return STEP_STATUSES.find((s) => s.id === id)?.label ?? id;
}
