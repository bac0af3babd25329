/**
 * Join codes just created or regenerated. The endpoint stores only their
 * hashes, so this is the one time they can be seen: a panel that stays (also
 * across organizer tabs, see shownCodes.ts) until the organizer dismisses it,
 * with Copy and Print (print CSS hides everything else).
 */
import { useState } from 'react';
import { announce } from '../../app/announce/announcer';
import { keepPlace, pageHeading } from '../../app/focus/moveFocus';
import { stateName } from '../../domain/states';
import { copyText } from '../../platform/clipboard';
import {
  codesAsText,
  dismissCodes,
  groupedCode,
  useShownCodes,
  type ShownCode,
} from './shownCodes';

export type { ShownCode };

export const CODES_HEADING_ID = 'org-codes-title';

export function JoinCodeSheet() {
  const codes = useShownCodes();
  const [copied, setCopied] = useState('');
  if (codes.length === 0) return null;
  const n = codes.length;
  const what = n === 1 ? 'the join code' : `${n} join codes`;

  async function copy() {
    const ok = await copyText(codesAsText(codes));
    const said = ok
      ? `Copied ${what} to the clipboard.`
      : 'This browser did not allow copying: select the codes and copy them by hand.';
    setCopied(said);
    announce(said);
  }

  function dismiss() {
    const sure = window.confirm(
      `Hide ${what}? ${n === 1 ? 'It' : 'They'} cannot be shown again (a new code can be made later).`,
    );
    if (!sure) return;
    // The panel goes, and the button with it: the page's heading takes focus.
    keepPlace([pageHeading]);
    dismissCodes();
  }

  return (
    <section className="org-panel join-code-sheet" aria-labelledby={CODES_HEADING_ID}>
      <h2 id={CODES_HEADING_ID} tabIndex={-1}>
        Join codes
      </h2>
      <p className="org-no-print">
        Copy or print these now: they cannot be shown again (a new code can be made later). They
        stay here until you hide them.
      </p>
      <div className="org-actions org-no-print">
        <button type="button" className="org-primary" onClick={() => void copy()}>
          Copy {n === 1 ? 'code' : 'codes'}
        </button>
        <button type="button" onClick={() => window.print()}>
          Print {n === 1 ? 'code' : 'codes'}
        </button>
        <button type="button" onClick={dismiss}>
          Hide {n === 1 ? 'code' : 'codes'}
        </button>
      </div>
      {copied && <p className="org-muted org-no-print">{copied}</p>}
      <ul className="join-codes">
        {codes.map((c) => (
          <li key={c.id}>
            <span className="join-code-team">
              {c.teamName}
              {!c.teamName.includes(stateName(c.state)) && (
                <span className="org-muted"> ({stateName(c.state)})</span>
              )}
            </span>
            <code className="join-code">{groupedCode(c.joinCode)}</code>
            <span className="join-code-hint">
              Open the convening app, go to “Our plan” and enter this code as the team join code.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
