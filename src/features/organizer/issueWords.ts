/**
 * The endpoint's 422 problems in words an organizer uses. Its messages come
 * from the schema library ("Too small: expected string to have >=1
 * characters"); the field a problem names tells what the person has to do.
 * A message that is already a sentence for people (the agenda's own rules:
 * "A session must end after it starts") is kept.
 */

const FIELD_WORDS: Record<string, { empty: string; noun: string }> = {
  title: { empty: 'Give the session a title.', noun: 'title' },
  room: { empty: 'Say which room the session is in.', noun: 'room name' },
  description: { empty: 'Add a description.', noun: 'description' },
  speakers: {
    empty: 'Describe each speaker by role, or remove the empty speaker.',
    noun: 'speaker description',
  },
  start: { empty: 'Give the session a start time.', noun: 'start time' },
  end: { empty: 'Give the session an end time.', noun: 'end time' },
};

/** "title", "end" … as the editor names them (see mapIssues in useAgendaEditor). */
export function issueInWords(field: string, message: string): string {
  const words = FIELD_WORDS[field];
  const tooBig = /^Too big: .*?<=?\s*(\d+)/.exec(message);
  if (/^Too small/.test(message) && words) return words.empty;
  if (tooBig && words) return `Shorten the ${words.noun} to ${tooBig[1]} characters or fewer.`;
  if (/^(Invalid|Too big|Too small)/.test(message))
    return words ? `Check the ${words.noun}.` : 'Check this session.';
  return message;
}

/** The label of a field in the session form, for the error summary. */
export function fieldLabel(field: string): string {
  const words = FIELD_WORDS[field];
  return words ? words.noun[0]!.toUpperCase() + words.noun.slice(1) : 'Session';
}
