/** About and settings: what the app is, storage status, the pinned clock. */
import { StorageAnswer } from '../features/plan/StorageAnswer';
import { AgendaLinks } from './AgendaLinks';
import { usePageTitle } from './usePageTitle';
import { DEFAULT_EVENT, eventPlace, formatEventDates } from '../domain/event';
import { useEventInfo } from '../features/agenda/useEventInfo';

export default function AboutScreen() {
  usePageTitle('About this app');
  const event = useEventInfo();
  return (
    <section aria-labelledby="about-h">
      <h1 id="about-h">About this app</h1>
      <p>
        A companion for {event.title === DEFAULT_EVENT.title ? 'the ' : ''}
        {event.title}, held in {eventPlace(event)} on {formatEventDates(event)}. It keeps the
        agenda, the best-practice library and your State team&rsquo;s action plan on this device, so
        it works with no signal.
      </p>
      <AgendaLinks />
      <StorageAnswer />
    </section>
  );
}
