import { describe, expect, it } from 'vitest';
import { SHIPPED_AGENDA } from '../../content/agenda';
import { zoneLocalToInstant } from '../event';
import { changesOpen, overallWindow, sessionWindow } from './window';

const t = (local: string) => zoneLocalToInstant(local, 'America/New_York');

describe('evaluation windows', () => {
  it('opens a session at its start, not a minute before', () => {
    expect(sessionWindow(SHIPPED_AGENDA, 'd1-the-act', t('2015-06-10T09:29'))).toMatchObject({
      open: false,
      reason: 'not-started',
    });
    expect(sessionWindow(SHIPPED_AGENDA, 'd1-the-act', t('2015-06-10T09:30'))).toEqual({
      open: true,
    });
  });

  it('follows the event of the agenda: its days and its time zone', () => {
    const berlin = {
      ...SHIPPED_AGENDA,
      event: {
        ...SHIPPED_AGENDA.event!,
        start: '2019-08-21',
        end: '2019-08-25',
        timeZone: 'Europe/Berlin',
      },
    };
    const noonBerlin = zoneLocalToInstant('2019-08-25T12:00', 'Europe/Berlin');
    expect(overallWindow(berlin, noonBerlin - 60_000).open).toBe(false);
    expect(overallWindow(berlin, noonBerlin).open).toBe(true);
  });

  it('never opens unknown or cancelled sessions', () => {
    expect(sessionWindow(SHIPPED_AGENDA, 'nope', t('2015-06-12T09:00'))).toMatchObject({
      reason: 'unknown',
    });
    const cancelled = {
      ...SHIPPED_AGENDA,
      sessions: SHIPPED_AGENDA.sessions.map((s) =>
        s.id === 'd1-welcome' ? { ...s, cancelled: true } : s,
      ),
    };
    expect(sessionWindow(cancelled, 'd1-welcome', t('2015-06-12T09:00'))).toMatchObject({
      reason: 'cancelled',
    });
  });

  it('opens the overall evaluation at noon of the last day; changes close at its end', () => {
    expect(overallWindow(SHIPPED_AGENDA, t('2015-06-11T11:59')).open).toBe(false);
    expect(overallWindow(SHIPPED_AGENDA, t('2015-06-11T12:00')).open).toBe(true);
    expect(changesOpen(SHIPPED_AGENDA, t('2015-06-11T23:59'))).toBe(true);
    expect(changesOpen(SHIPPED_AGENDA, t('2015-06-12T00:00'))).toBe(false);
  });
});
