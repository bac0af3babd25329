/**
 * Join a State team with the code from the team lead; the draft on this
 * device joins with it. The member's name (and optional role) is asked here:
 * it is how teammates see who is in the plan and who changed what.
 */
import { useId, useState, type FormEvent } from 'react';
import { joinTeam } from '../../../sync/teams';
import { MAX_MEMBER_NAME_CHARS, MAX_MEMBER_ROLE_CHARS } from '../../../wire/members';
import './team.css';

export function JoinTeamForm({
  planId,
  onJoined,
}: {
  planId: string;
  /** Told the team's State (postal code) once joined. */
  onJoined?: (state: string) => void;
}) {
  const inputId = useId();
  const helpId = useId();
  const nameId = useId();
  const roleId = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    const result = await joinTeam(code, planId, { name, role });
    setBusy(false);
    if (result.ok) {
      setCode('');
      setName('');
      setRole('');
      onJoined?.(result.link.state);
    } else setError(result.message);
  }

  return (
    <form className="team-join" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={inputId}>Team join code</label>
      <p id={helpId} className="team-help">
        To work on one plan with your State team, enter the 10-character code from your team lead.
        Anything you have already written here is kept and added to the team plan.
      </p>
      <input
        id={inputId}
        name="joinCode"
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-describedby={error ? `${helpId} ${inputId}-error` : helpId}
        aria-invalid={error ? true : undefined}
      />
      <label htmlFor={nameId}>Your name</label>
      <p id={`${nameId}-help`} className="team-help">
        As your colleagues know you. Only your team sees it, next to what you write. Plans name
        adults on the team and agencies, never children or families.
      </p>
      <input
        id={nameId}
        name="memberName"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        autoComplete="name"
        maxLength={MAX_MEMBER_NAME_CHARS}
        aria-describedby={`${nameId}-help`}
      />
      <label htmlFor={roleId}>Your role (optional)</label>
      <input
        id={roleId}
        name="memberRole"
        value={role}
        onChange={(e) => setRole(e.currentTarget.value)}
        autoComplete="organization-title"
        placeholder="e.g. CIP judge"
        maxLength={MAX_MEMBER_ROLE_CHARS}
      />
      <div className="team-join-row">
        <button type="submit" disabled={busy || code.trim() === '' || name.trim() === ''}>
          {busy ? 'Joining…' : 'Join team'}
        </button>
      </div>
      {error && (
        <p id={`${inputId}-error`} className="team-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
