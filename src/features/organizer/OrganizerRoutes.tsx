/**
 * The organizer screens under /organizer (lazy-loaded): the credential gate,
 * then the agenda editor, teams and join codes, TA needs across States,
 * session and convening evaluations, and the States' submitted plans.
 */
import { Link, Route, Switch, useLocation } from 'wouter';
import { AgendaEditor } from './AgendaEditor';
import { CredentialGate } from './CredentialGate';
import { EvaluationsScreen } from './EvaluationsScreen';
import { ImportScreen } from './ImportScreen';
import PlansRoutes from './plans/PlansRoutes';
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
  { href: '/plans', label: 'State plans', title: 'State plans' },
];

/** The tab a location belongs to: /plans/… is under "State plans". */
const tabOf = (location: string) =>
  TABS.find((t) => t.href === location) ??
  TABS.find((t) => t.href !== '/' && location.startsWith(`${t.href}/`));

function OrganizerNav() {
  const [location] = useLocation();
  const current = tabOf(location);
  usePageTitle(current?.title ?? 'Edit the agenda');
  return (
    <nav className="org-tabs" aria-label="Organizer">
      <ul>
        {TABS.map((t) => (
          <li key={t.href}>
            <Link
              href={t.href}
              aria-current={location === t.href ? 'page' : current === t ? 'location' : undefined}
            >
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
          <Route path="/plans" nest>
            <PlansRoutes />
          </Route>
          <Route>
            <AgendaEditor />
          </Route>
        </Switch>
      </CredentialGate>
    </div>
  );
}
