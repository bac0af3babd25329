/**
 * Edits one session of the organizer's working copy: every field an
 * organizer may change, with the endpoint's validation messages shown next
 * to the field they name. Text is plain text: React renders it as text.
 */
import { useId } from 'react';
import {
  SESSION_KINDS,
  SPEAKER_ROLES,
  type Session,
  type SessionKind,
  type Speaker,
} from '../../domain/agenda';
import { formatDay } from '../../domain/agendaDiff';
import { FOCUS_AREAS, type FocusAreaId } from '../../domain/focusAreas';
import type { FieldIssue } from './useAgendaEditor';
import { Options } from '../../components/Options';
import { eventDays } from '../../domain/event';
import { useEventInfo } from '../agenda/useEventInfo';

interface Props {
  session: Session;
  issues: FieldIssue[];
  rooms: string[];
  onChange: (patch: Partial<Session>) => void;
  onRemove: () => void;
  onDone: () => void;
}

function FieldError({ id, issues }: { id: string; issues: FieldIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <p id={id} className="org-error">
      {issues.map((i) => i.message).join(' ')}
    </p>
  );
}

export function SessionForm({ session, issues, rooms, onChange, onRemove, onDone }: Props) {
  const days = eventDays(useEventInfo());
  const uid = useId();
  const fid = (f: string) => `${uid}-${f}`;
  const errs = (...fields: string[]) => issues.filter((i) => fields.includes(i.field));
  const described = (...fields: string[]) =>
    errs(...fields).length > 0 ? `${fid(fields[0] ?? '')}-error` : undefined;
  const day = session.start.slice(0, 10);
  const setDay = (d: string) =>
    onChange({ start: `${d}T${session.start.slice(11)}`, end: `${d}T${session.end.slice(11)}` });
  const setSpeakers = (speakers: Speaker[]) => onChange({ speakers });
  const otherErrors = errs('session', 'id', 'practiceIds');

  return (
    <form
      className="org-session-form"
      data-session-id={session.id}
      aria-label={`Edit session: ${session.title || 'untitled'}`}
      onSubmit={(e) => {
        e.preventDefault();
        onDone();
      }}
    >
      <div className="org-field">
        <label htmlFor={fid('title')}>Title</label>
        <input
          id={fid('title')}
          data-field="title"
          value={session.title}
          maxLength={200}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
          aria-invalid={errs('title').length > 0 || undefined}
          aria-describedby={described('title')}
        />
        <FieldError id={`${fid('title')}-error`} issues={errs('title')} />
      </div>

      <div className="org-row">
        <div className="org-field org-field-day">
          <label htmlFor={fid('day')}>Day</label>
          <select id={fid('day')} value={day} onChange={(e) => setDay(e.currentTarget.value)}>
            {!days.includes(day) && <option value={day}>{day}</option>}
            {days.map((d) => (
              <option key={d} value={d}>
                {formatDay(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="org-field">
          <label htmlFor={fid('start')}>Starts</label>
          <input
            id={fid('start')}
            data-field="start"
            type="time"
            value={session.start.slice(11)}
            onChange={(e) =>
              e.currentTarget.value && onChange({ start: `${day}T${e.currentTarget.value}` })
            }
            aria-invalid={errs('start').length > 0 || undefined}
            aria-describedby={described('start')}
          />
          <FieldError id={`${fid('start')}-error`} issues={errs('start')} />
        </div>
        <div className="org-field">
          <label htmlFor={fid('end')}>Ends</label>
          <input
            id={fid('end')}
            data-field="end"
            type="time"
            value={session.end.slice(11)}
            onChange={(e) =>
              e.currentTarget.value &&
              onChange({ end: `${session.end.slice(0, 10)}T${e.currentTarget.value}` })
            }
            aria-invalid={errs('end').length > 0 || undefined}
            aria-describedby={described('end')}
          />
          <FieldError id={`${fid('end')}-error`} issues={errs('end')} />
        </div>
      </div>

      <div className="org-row">
        <div className="org-field">
          <label htmlFor={fid('room')}>Room</label>
          <input
            id={fid('room')}
            data-field="room"
            value={session.room}
            maxLength={100}
            list={fid('rooms')}
            onChange={(e) => onChange({ room: e.currentTarget.value })}
            aria-invalid={errs('room').length > 0 || undefined}
            aria-describedby={described('room')}
          />
          <datalist id={fid('rooms')}>
            {rooms.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          <FieldError id={`${fid('room')}-error`} issues={errs('room')} />
        </div>
        <div className="org-field">
          <label htmlFor={fid('kind')}>Kind</label>
          <select
            id={fid('kind')}
            value={session.kind}
            onChange={(e) => onChange({ kind: e.currentTarget.value as SessionKind })}
          >
            <Options items={SESSION_KINDS} />
          </select>
        </div>
      </div>

      <div className="org-field">
        <label htmlFor={fid('description')}>Description</label>
        <textarea
          id={fid('description')}
          data-field="description"
          rows={4}
          maxLength={4000}
          value={session.description}
          onChange={(e) => onChange({ description: e.currentTarget.value })}
          aria-invalid={errs('description').length > 0 || undefined}
          aria-describedby={described('description')}
        />
        <FieldError id={`${fid('description')}-error`} issues={errs('description')} />
      </div>

      <fieldset className="org-fieldset">
        <legend>Speakers (by role, never a person&rsquo;s name)</legend>
        {session.speakers.length === 0 && <p className="org-muted">No speakers listed.</p>}
        <ul className="org-speakers">
          {session.speakers.map((sp, i) => (
            <li key={i}>
              <label htmlFor={fid(`role-${i}`)} className="visually-hidden">
                Role of speaker {i + 1}
              </label>
              <select
                id={fid(`role-${i}`)}
                value={sp.role}
                onChange={(e) =>
                  setSpeakers(
                    session.speakers.map((x, j) =>
                      j === i ? { ...x, role: e.currentTarget.value as Speaker['role'] } : x,
                    ),
                  )
                }
              >
                {SPEAKER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
              <label htmlFor={fid(`desc-${i}`)} className="visually-hidden">
                Description of speaker {i + 1}
              </label>
              <input
                id={fid(`desc-${i}`)}
                data-field={i === 0 ? 'speakers' : undefined}
                value={sp.description}
                placeholder="e.g. State child welfare director"
                maxLength={200}
                onChange={(e) =>
                  setSpeakers(
                    session.speakers.map((x, j) =>
                      j === i ? { ...x, description: e.currentTarget.value } : x,
                    ),
                  )
                }
              />
              <button
                type="button"
                onClick={() => setSpeakers(session.speakers.filter((_, j) => j !== i))}
              >
                Remove<span className="visually-hidden"> speaker {i + 1}</span>
              </button>
            </li>
          ))}
        </ul>
        <FieldError id={`${fid('speakers')}-error`} issues={errs('speakers')} />
        <button
          type="button"
          onClick={() => setSpeakers([...session.speakers, { role: 'speaker', description: '' }])}
        >
          Add speaker
        </button>
      </fieldset>

      <fieldset className="org-fieldset">
        <legend>Focus areas</legend>
        <div className="org-checks">
          {FOCUS_AREAS.map((f) => (
            <label key={f.id}>
              <input
                type="checkbox"
                checked={session.focusAreas.includes(f.id)}
                onChange={(e) => {
                  const next: FocusAreaId[] = e.currentTarget.checked
                    ? [...session.focusAreas, f.id]
                    : session.focusAreas.filter((x) => x !== f.id);
                  onChange({ focusAreas: next });
                }}
              />
              {f.label}
            </label>
          ))}
        </div>
      </fieldset>

      <label className="org-check-line">
        <input
          type="checkbox"
          checked={session.cancelled}
          onChange={(e) => onChange({ cancelled: e.currentTarget.checked })}
        />
        Cancelled (stays on the agenda, marked as cancelled)
      </label>

      {otherErrors.length > 0 && <FieldError id={fid('other')} issues={otherErrors} />}

      <div className="org-actions">
        <button type="submit" className="org-primary">
          Done editing
        </button>
        <button type="button" className="org-danger" onClick={onRemove}>
          Remove session from the agenda
        </button>
      </div>
    </form>
  );
}
