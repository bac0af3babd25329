/**
 * Page frame: skip link, header with the event name, primary navigation and
 * the offline indicator; the slot for transient notes (in the page's flow,
 * so a note never covers content); the route focus rule and the app's polite
 * live region. Presentational apart from reading the online flag.
 */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { Announcer } from './announce/Announcer';
import { RouteFocus } from './focus/RouteFocus';
import { useAppStore } from './store';
import { eventPlace, formatEventDates } from '../domain/event';
import { useEventFromAgenda } from '../features/agenda/useEventInfo';

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
      </header>
      <nav className="primary-nav" aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={item.match(location) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {/* The one place for transient notes: in the flow, above the content. */}
      {notes}
      <main id="main" tabIndex={-1}>
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
