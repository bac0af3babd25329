/**
 * How fresh the agenda on screen is, in one line: whether it is the
 * illustrative agenda, when it was last updated and checked (in the one
 * "when" format, on the app's clock: a pinned clock moves "checked" with it),
 * and when offline (or the endpoint is unreachable) that this is the saved copy.
 */
import { useAppStore } from '../../app/store';
import { formatWhen } from '../../domain/clock';
import type { CurrentAgenda } from '../../db/agenda';
import type { EventClock } from './useEventClock';

export function FreshnessLine({
  current,
  clock,
}: {
  current: CurrentAgenda;
  clock: Pick<EventClock, 'now' | 'at'>;
}) {
  const online = useAppStore((s) => s.online);
  const problem = useAppStore((s) => s.agendaRefreshProblem);
  const { agenda, origin, checkedAt } = current;
  let source: string;
  if (!online) source = 'Offline — showing the copy saved on this device.';
  else if (problem) source = `${problem} — showing the copy saved on this device.`;
  else if (origin === 'shipped') source = 'Copy that came with the app.';
  else source = checkedAt ? `Checked ${formatWhen(clock.at(checkedAt), clock.now)}.` : '';
  return (
    <p className={`freshness${online && !problem ? '' : ' is-offline'}`}>
      {agenda.illustrative && <span className="illustrative-tag">Illustrative agenda. </span>}
      Updated{' '}
      <time dateTime={agenda.updatedAt}>{formatWhen(Date.parse(agenda.updatedAt), clock.now)}</time>
      . <span className="freshness-source">{source}</span>
    </p>
  );
}
