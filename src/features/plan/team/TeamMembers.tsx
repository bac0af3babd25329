/**
 * Who is on the team, as the endpoint knows them, and this device's own
 * name with a way to change it. The own name comes from the plan row, so
 * it shows offline; the list needs the network and says so when it fails.
 */
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { fetchMembers, renameMember } from '../../../sync/members';
import type { TeamLinkRow } from '../../../sync/teams';
import { memberLabel, type MembersResponse } from '../../../wire/members';
import { MemberFields } from './MemberFields';

export function TeamMembers({ link, planId }: { link: TeamLinkRow; planId: string }) {
  const [members, setMembers] = useState<MembersResponse>();
  const [listError, setListError] = useState('');
  const [editing, setEditing] = useState(!link.memberName);
  const changeRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(editing);

  // Keyed on the team and credential, not the link object: the editor
  // re-renders (and rebuilds the link) on every keystroke, and a fetch per
  // keystroke on every device slowed the live edits.
  const { teamId, credential } = link;
  const load = useCallback(async () => {
    const result = await fetchMembers({ teamId, credential });
    if (result.ok) {
      setMembers(result.value);
      setListError('');
    } else setListError(result.message);
  }, [teamId, credential]);

  useEffect(() => {
    void load();
    const again = () => void load();
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [load]);

  // Back from the form: focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) changeRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const others = members?.members.filter((m) => m.id !== members.you) ?? [];
  const unnamed = others.filter((m) => !m.name).length;
  return (
    <div className="team-members">
      {editing ? (
        <NameForm
          link={link}
          planId={planId}
          onDone={(saved) => {
            setEditing(false);
            if (saved) void load();
          }}
          canCancel={!!link.memberName}
        />
      ) : (
        <p className="team-you">
          You appear to your team as <strong>{link.memberName}</strong>
          {link.memberRole ? ` (${link.memberRole})` : ''}.{' '}
          <button
            type="button"
            className="btn-quiet"
            ref={changeRef}
            onClick={() => setEditing(true)}
          >
            Change name
          </button>
        </p>
      )}
      {members && (
        <p className="team-others">
          {others.length === 0
            ? 'Nobody else has joined yet.'
            : `Also on this plan: ${others
                .filter((m) => m.name)
                .map((m) => memberLabel(m) + (m.role ? ` (${m.role})` : ''))
                .join(', ')}${
                unnamed > 0
                  ? `${others.length > unnamed ? ', and ' : ''}${unnamed} device${unnamed === 1 ? '' : 's'} without a name`
                  : ''
              }.`}
        </p>
      )}
      {listError && !members && <p className="team-help">Team members: {listError}</p>}
    </div>
  );
}

function NameForm({
  link,
  planId,
  onDone,
  canCancel,
}: {
  link: TeamLinkRow;
  planId: string;
  onDone: (saved: boolean) => void;
  canCancel: boolean;
}) {
  const errorId = useId();
  const [name, setName] = useState(link.memberName ?? '');
  const [role, setRole] = useState(link.memberRole ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  // Opened with "Change name": the name box takes focus (a first-time form does not steal it).
  useEffect(() => {
    if (canCancel) nameRef.current?.focus();
  }, [canCancel]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await renameMember(link, { name, role }, planId);
    setBusy(false);
    if (result.ok) onDone(true);
    else setError(result.message);
  }

  return (
    <form className="team-join" onSubmit={(e) => void submit(e)} noValidate>
      <MemberFields
        name={name}
        role={role}
        onName={setName}
        onRole={setRole}
        help={
          link.memberName
            ? undefined
            : 'Tell your team who you are: your name shows next to what you write, to your team only.'
        }
        errorId={error ? errorId : undefined}
        nameRef={nameRef}
      />
      <div className="team-join-row">
        <button type="submit" disabled={busy || name.trim() === ''}>
          {busy ? 'Saving…' : 'Save name'}
        </button>
        {canCancel && (
          <button type="button" className="btn-quiet" onClick={() => onDone(false)}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="team-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
