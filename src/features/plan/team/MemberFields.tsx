/**
 * The member's name and optional role, as asked on joining and when the
 * name changes: one pair of fields so both forms read and limit alike.
 */
import { useId, type Ref } from 'react';
import { MAX_MEMBER_NAME_CHARS, MAX_MEMBER_ROLE_CHARS } from '../../../wire/members';

export interface MemberFieldsProps {
  name: string;
  role: string;
  onName: (name: string) => void;
  onRole: (role: string) => void;
  /** Shown under "Your name" (why it is asked, the privacy reminder). */
  help?: string;
  /** Id of an error message that describes the name box. */
  errorId?: string;
  nameRef?: Ref<HTMLInputElement>;
}

export function MemberFields({
  name,
  role,
  onName,
  onRole,
  help,
  errorId,
  nameRef,
}: MemberFieldsProps) {
  const nameId = useId();
  const roleId = useId();
  const helpId = `${nameId}-help`;
  const describedBy = [help && helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label htmlFor={nameId}>Your name</label>
      {help && (
        <p id={helpId} className="team-help">
          {help}
        </p>
      )}
      <input
        id={nameId}
        ref={nameRef}
        name="memberName"
        value={name}
        onChange={(e) => onName(e.currentTarget.value)}
        autoComplete="name"
        maxLength={MAX_MEMBER_NAME_CHARS}
        aria-describedby={describedBy}
        aria-invalid={errorId ? true : undefined}
      />
      <label htmlFor={roleId}>Your role (optional)</label>
      <input
        id={roleId}
        name="memberRole"
        value={role}
        onChange={(e) => onRole(e.currentTarget.value)}
        autoComplete="organization-title"
        placeholder="e.g. CIP judge"
        maxLength={MAX_MEMBER_ROLE_CHARS}
      />
    </>
  );
}
