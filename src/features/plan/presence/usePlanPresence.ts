/**
 * Runs presence for the open plan while the device is in a team: a
 * PresenceClient for the screen's lifetime (it says "left" when the screen
 * closes or the page goes), fed with the plan field that has the focus.
 */
import { useEffect, useState } from 'react';
import { usePlanRow } from '../../../db/plans';
import { PresenceClient } from '../../../sync/presence';
import { teamLinkOf } from '../../../sync/teams';

/** `root` holds the plan's fields: focus there is reported by the focused element's id. */
export function usePlanPresence(
  planId: string,
  root: React.RefObject<HTMLElement | null>,
): PresenceClient | undefined {
  const link = teamLinkOf(usePlanRow(planId));
  const teamId = link?.teamId;
  const credential = link?.credential;
  const [client, setClient] = useState<PresenceClient>();

  useEffect(() => {
    if (!teamId || !credential) return;
    const c = new PresenceClient({ teamId, credential });
    const el = root.current;
    const fieldOf = (t: EventTarget | null) =>
      t instanceof HTMLElement && t.id && el?.contains(t) ? t.id : null;
    // A field focused before the team link loaded counts from the first word.
    c.start(fieldOf(document.activeElement));
    setClient(c);
    const onFocusIn = (e: FocusEvent) => c.focus(fieldOf(e.target));
    const onFocusOut = (e: FocusEvent) => {
      if (!fieldOf(e.relatedTarget)) c.focus(null);
    };
    const onHide = () => c.stop();
    el?.addEventListener('focusin', onFocusIn);
    el?.addEventListener('focusout', onFocusOut);
    window.addEventListener('pagehide', onHide);
    return () => {
      el?.removeEventListener('focusin', onFocusIn);
      el?.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('pagehide', onHide);
      c.stop();
      setClient(undefined);
    };
  }, [teamId, credential, root]);
  return client;
}
