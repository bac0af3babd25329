/**
 * About screen section: whether the browser agreed to keep this site's data
 * (asked once the device has a plan) and how much space the app uses.
 */
import { useEffect, useState } from 'react';
import { useMeta } from '../../db/meta';
import { PERSIST_KEY, type PersistAnswer } from './persist';

function answerText(a: PersistAnswer | null): string {
  if (!a) return 'Not asked yet. Once you start a plan, the app asks the browser to keep its data.';
  if (a.result === 'granted')
    return 'Granted: this browser will keep the plan and the app’s data unless you clear them yourself.';
  if (a.result === 'denied')
    return 'Not granted: the browser may clear the app’s data when the device runs low on space. Download a backup of your plan from time to time.';
  return 'This browser cannot be asked to keep the app’s data. Download a backup of your plan from time to time.';
}

export function StorageAnswer() {
  const answer = useMeta<PersistAnswer | null>(PERSIST_KEY, null);
  const [usage, setUsage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void navigator.storage?.estimate?.().then((e) => {
      if (live && e.usage !== undefined)
        setUsage(`${(e.usage / 1024 / 1024).toFixed(1)} MB in use`);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="storage-h">
      <h2 id="storage-h">Storage on this device</h2>
      <p data-testid="persist-answer">
        <strong>Long-term storage:</strong> {answerText(answer)}
      </p>
      {usage && <p>{usage}.</p>}
    </section>
  );
}
