/**
 * Join a State team with the code from the team lead; the draft on this
 * device joins with it. The member's name (and optional role) is asked here:
 * it is how teammates see who is in the plan and who changed what.
 */
import { useId, useState, type FormEvent } from 'react';
import { joinTeam } from '../../../sync/teams';
import { MemberFields } from './MemberFields';
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
      {/* Asked once there is a code: the empty plan stays short on a phone. */}
      {code.trim() !== '' && (
        <MemberFields
          name={name}
          role={role}
          onName={setName}
          onRole={setRole}
          help="As your colleagues know you. Only your team sees it, next to what you write. Plans name adults on the team and agencies, never children or families."
        />
      )}
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
