/**
 * Page frame: skip link, header with the event name, primary navigation and
 * the offline indicator; the slot for transient notes (in the page's flow,
 * so a note never covers content); the route focus rule and the app's polite
 * live region. Presentational apart from reading the online flag.
 */
import { lazy, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Announcer } from './announce/Announcer';
import { RouteFocus } from './focus/RouteFocus';
import { useAppStore } from './store';
import { eventPlace, formatEventDates } from '../domain/event';
import { useEventFromAgenda } from '../features/agenda/useEventInfo';
import { AfterMount } from './AfterMount';

// Changes to my sessions, on every screen: their own chunk (they need the
// agenda diff), kept out of the first route.
const AgendaTabBadge = lazy(() =>
  import('../features/agenda/changes/AppWideChanges').then((m) => ({ default: m.AgendaTabBadge })),
);
const MyChangesNotice = lazy(() =>
  import('../features/agenda/changes/AppWideChanges').then((m) => ({
    default: m.MyChangesNotice,
  })),
);
/** Screens that show the agenda's own change banner. */
const hasBanner = (p: string) => p === '/' || p.startsWith('/day') || p === '/my';

const NAV = [
  {
    href: '/',
    label: 'Agenda',
    match: (p: string) => p === '/' || p.startsWith('/day') || p.startsWith('/session'),
  },
  { href: '/my', label: 'My schedule', match: (p: string) => p.startsWith('/my') },
  { href: '/library', label: 'Library', match: (p: string) => p.startsWith('/library') },
  { href: '/plan', label: 'Our plan', match: (p: string) => p.startsWith('/plan') },
];

export function Shell({ children, notes }: { children: ReactNode; notes?: ReactNode }) {
  const [location] = useLocation();
  const online = useAppStore((s) => s.online);
  // The event is data (the agenda carries it): header and event clock follow it.
  const event = useEventFromAgenda();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-title">
          <Link href="/">{event.title}</Link>
          <span className="site-sub">
            {eventPlace(event)} · {formatEventDates(event)}
          </span>
        </div>
        {!online && (
          <p className="offline-pill" role="status">
            Offline
          </p>
        )}
        {/* The one place for transient notes (pwa.css): news lies over the
            header band, never over content; a prompt to act takes its own
            space. */}
        {notes}
      </header>
      <nav className="primary-nav" aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={item.match(location) ? 'page' : undefined}>
                {item.label}
                {/* The lazy change pieces join after hydration (the
                    prerendered page has none). */}
                {item.href === '/' && (
                  <AfterMount>
                    <AgendaTabBadge />
                  </AfterMount>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <div aria-live="polite">
          {!hasBanner(location) && (
            <AfterMount>
              <MyChangesNotice />
            </AfterMount>
          )}
        </div>
        {children}
      </main>
      <footer className="site-footer">
        <Link href="/about">About and settings</Link>
        {' · '}
        <Link href="/organizer">Organizers</Link>
      </footer>
      <RouteFocus />
      <Announcer />
    </>
  );
}
