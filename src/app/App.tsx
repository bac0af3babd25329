/**
 * The app shell: header, navigation, status line and the routes. Feature
 * folders own their own sub-routes; the plan editor and organizer screens are
 * loaded lazily so the first route stays small.
 */
import { lazy, Suspense, useEffect } from 'react';
import { Route, Switch } from 'wouter';
import { AgendaRoutes } from '../features/agenda/routes';
import { useAgendaRefresh } from '../features/agenda/useAgendaRefresh';
import { startAgendaEvents } from '../sync/agendaEvents';
import { whenIdle } from '../platform/idle';
import { useAppStore } from './store';
import { Shell } from './Shell';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { LoadBoundary } from './LoadBoundary';

const LibraryRoutes = lazy(() => import('../features/library/routes'));
const PlanRoutes = lazy(() => import('../features/plan/routes'));
const OrganizerRoutes = lazy(() => import('../features/organizer/OrganizerRoutes'));
const AboutScreen = lazy(() => import('./AboutScreen'));

function useOnlineFlag() {
  const setOnline = useAppStore((s) => s.setOnline);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [setOnline]);
}

export function App() {
  useOnlineFlag();
  useAgendaRefresh();
  // Agenda announcements reach every screen (the change banner is waiting when
  // the person comes back to the agenda), not only while the banner is mounted.
  // Started when idle, like the agenda refresh: the first screen comes first.
  useEffect(() => whenIdle(startAgendaEvents), []);
  // Evaluations given offline go out once online (loaded when idle: the
  // first screen does not need it).
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    const cancel = whenIdle(() => {
      void import('../sync/evaluations').then((m) => {
        if (!cancelled) stop = m.startEvaluationSync();
      });
    });
    return () => {
      cancelled = true;
      cancel();
      stop?.();
    };
  }, []);
  return (
    <Shell notes={<UpdatePrompt />}>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <Switch>
          <Route path="/library" nest>
            <LibraryRoutes />
          </Route>
          <Route path="/plan" nest>
            <PlanRoutes />
          </Route>
          <Route path="/organizer" nest>
            <LoadBoundary what="The organizer screens">
              <OrganizerRoutes />
            </LoadBoundary>
          </Route>
          <Route path="/about">
            <AboutScreen />
          </Route>
          <Route>
            <AgendaRoutes />
          </Route>
        </Switch>
      </Suspense>
    </Shell>
  );
}
