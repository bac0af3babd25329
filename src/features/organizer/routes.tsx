/**
 * The organizer screens under /organizer (lazy-loaded): the credential gate,
 * then the agenda editor, teams and join codes, TA needs across States, and
 * session and convening evaluations.
 */
import { Link, Route, Switch, useLocation } from 'wouter';
import { AgendaEditor } from './AgendaEditor';
import { CredentialGate } from './CredentialGate';
import { EvaluationsScreen } from './EvaluationsScreen';
import { ImportScreen } from './ImportScreen';
import { TaNeedsScreen } from './TaNeedsScreen';
import { TeamsScreen } from './TeamsScreen';
import { usePageTitle } from '../../app/usePageTitle';
import './organizer.css';

const TABS = [
  { href: '/', label: 'Agenda', title: 'Edit the agenda' },
  { href: '/import', label: 'Import agenda', title: 'Import an agenda' },
  { href: '/teams', label: 'Teams and join codes', title: 'State teams' },
  { href: '/ta-needs', label: 'TA needs', title: 'TA needs across States' },
  { href: '/evaluations', label: 'Evaluations', title: 'Evaluations' },
];

function OrganizerNav() {
  const [location] = useLocation();
  usePageTitle(TABS.find((t) => t.href === location)?.title ?? 'Edit the agenda');
  return (
    <nav className="org-tabs" aria-label="Organizer">
      <ul>
        {TABS.map((t) => (
          <li key={t.href}>
            <Link href={t.href} aria-current={location === t.href ? 'page' : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default function OrganizerRoutes() {
  return (
    <div className="organizer">
      <CredentialGate>
        <OrganizerNav />
        <Switch>
          <Route path="/import">
            <ImportScreen />
          </Route>
          <Route path="/teams">
            <TeamsScreen />
          </Route>
          <Route path="/ta-needs">
            <TaNeedsScreen />
          </Route>
          <Route path="/evaluations">
            <EvaluationsScreen />
          </Route>
          <Route>
            <AgendaEditor />
          </Route>
        </Switch>
      </CredentialGate>
    </div>
  );
}
