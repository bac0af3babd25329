/**
 * How fresh the agenda on screen is and where it came from: "Agenda updated
 * 10:42 AM", whether it is the illustrative agenda, and when offline (or the
 * endpoint is unreachable) that this is the copy saved on the device.
 */
import { useAppStore } from '../../app/store';
import { formatDeviceTime } from '../../domain/clock';
import type { CurrentAgenda } from '../../db/agenda';
import { eventOf } from '../../domain/event';
import { useMounted } from './useMounted';

export function FreshnessLine({ current }: { current: CurrentAgenda }) {
  // Real device time, not the pinned event clock: "today" means the reader's today.
  const now = Date.now();
  // Until hydrated, print event time (what the prerendered page has) rather than this device's zone.
  const zone = useMounted() ? undefined : eventOf(current.agenda).timeZone;
  const online = useAppStore((s) => s.online);
  const problem = useAppStore((s) => s.agendaRefreshProblem);
  const { agenda, origin, checkedAt } = current;
  const updated = formatDeviceTime(Date.parse(agenda.updatedAt), now, zone);
  let source: string;
  if (!online) source = 'Offline — showing the copy saved on this device.';
  else if (problem) source = `${problem} — showing the copy saved on this device.`;
  else if (origin === 'shipped') source = 'Copy that came with the app.';
  else source = checkedAt ? `Checked ${formatDeviceTime(checkedAt, now, zone)}.` : '';
  return (
    <p className={`freshness${online && !problem ? '' : ' is-offline'}`}>
      <span>
        Agenda updated <time dateTime={agenda.updatedAt}>{updated}</time>.
      </span>{' '}
      {agenda.illustrative && (
        <span className="illustrative-tag">Illustrative agenda, not the official one.</span>
      )}{' '}
      {/* Its own line of reserved height: the status changes after the first
          fetch, and the content below must not jump when it does. */}
      <span className="freshness-source">{source}</span>
    </p>
  );
}
