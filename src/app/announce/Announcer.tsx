/**
 * The app's polite live region (see announcer.ts). It is emptied first and
 * filled a moment later so a repeated sentence is still a change a screen
 * reader hears.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { currentAnnouncement, subscribeAnnouncements } from './announcer';

export function Announcer() {
  const message = useSyncExternalStore(
    subscribeAnnouncements,
    currentAnnouncement,
    currentAnnouncement,
  );
  const [shown, setShown] = useState('');
  useEffect(() => {
    if (!message.text) return;
    setShown('');
    const timer = setTimeout(() => setShown(message.text), 50);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {shown}
    </div>
  );
}
