/**
 * Agenda routes: / (today's event day during the event, else day 1),
 * /day/:date, /session/:id, /my and /evaluate (the convening's evaluation). The list screens are in the first
 * bundle; the session detail (with the library) and my schedule (with the
 * calendar writer) load on demand and are precached for offline use.
 */
import { lazy, Suspense } from 'react';
import { Link, Route, Switch, useParams } from 'wouter';
import { eventDays, formatEventDayList } from '../../domain/event';
import { usePageTitle } from '../../app/usePageTitle';
import { defaultAgendaDay } from '../../domain/nowNext';
import { AgendaScreen } from './AgendaScreen';
import { useEventClock } from './useEventClock';
import { useEventInfo } from './useEventInfo';

const SessionScreen = lazy(() => import('./SessionScreen'));
const MySchedule = lazy(() => import('./MySchedule'));
const OverallEvaluationScreen = lazy(() => import('../evaluation/OverallEvaluationScreen'));

function DayRoute() {
  const clock = useEventClock();
  const { date } = useParams<{ date: string }>();
  const event = useEventInfo();
  if (!eventDays(event).includes(date)) {
    return (
      <NotFound
        what={`There is no agenda for “${date}”. The event days are ${formatEventDayList(event)}.`}
      />
    );
  }
  return <AgendaScreen day={date} clock={clock} />;
}

function HomeRoute() {
  const clock = useEventClock();
  // Re-render when the shown event changes: the default day is one of its days.
  useEventInfo();
  return <AgendaScreen day={defaultAgendaDay(clock.now)} clock={clock} />;
}

function SessionRoute() {
  const { id } = useParams<{ id: string }>();
  return <SessionScreen id={id} />;
}

function NotFound({ what }: { what: string }) {
  usePageTitle('Page not found');
  return (
    <div>
      <h1>Page not found</h1>
      <p>
        {what} <Link href="/">Go to the agenda</Link>
      </p>
    </div>
  );
}

export function AgendaRoutes() {
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <Switch>
        <Route path="/" component={HomeRoute} />
        <Route path="/day/:date" component={DayRoute} />
        <Route path="/session/:id" component={SessionRoute} />
        <Route path="/my" component={MySchedule} />
        <Route path="/evaluate" component={OverallEvaluationScreen} />
        <Route>
          <NotFound what="This address is not part of the app." />
        </Route>
      </Switch>
    </Suspense>
  );
}
