/**
 * The agenda's public exports, for attendees who already use a schedule app
 * (Giggity, EventFahrplan, the FOSDEM companion) or a calendar. Absolute
 * URLs, because they are copied into another app.
 */
import { AGENDA_EXPORTS } from '../wire/protocol';
import { apiBase } from '../sync/config';
import './agendaLinks.css';

function absolute(path: string): string {
  const base = apiBase() || (typeof location === 'undefined' ? '' : location.origin);
  return `${base}${path}`;
}

const LINKS = [
  {
    path: AGENDA_EXPORTS.ics,
    label: 'Calendar (.ics)',
    hint: 'subscribe to this address in your calendar app to keep the agenda up to date',
  },
  {
    path: AGENDA_EXPORTS.scheduleXml,
    label: 'schedule.xml',
    hint: 'for Giggity, EventFahrplan or the FOSDEM companion',
  },
  {
    path: AGENDA_EXPORTS.scheduleJson,
    label: 'schedule.json',
    hint: 'the frab/pretalx format, for conference tools',
  },
];

export function AgendaLinks() {
  return (
    <section aria-labelledby="about-agenda-links">
      <h2 id="about-agenda-links">The agenda in other apps</h2>
      <ul className="agenda-links">
        {LINKS.map((l) => (
          <li key={l.path}>
            <a href={absolute(l.path)}>{l.label}</a>: {l.hint}.{' '}
            <code className="agenda-link-url">{absolute(l.path)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
