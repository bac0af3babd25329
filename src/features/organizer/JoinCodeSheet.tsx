/**
 * Join codes just created or regenerated. The endpoint stores only their
 * hashes, so this is the one time they can be seen: shown on screen and as a
 * printable sheet (print CSS hides everything else).
 */
import { stateName } from '../../domain/states';

export interface ShownCode {
  id: string;
  state: string;
  teamName: string;
  joinCode: string;
}

/** "ABCDE23456" → "ABCDE-23456": easier to read aloud and type. */
function grouped(code: string): string {
  return code.length === 10 ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

export function JoinCodeSheet({ codes }: { codes: ShownCode[] }) {
  if (codes.length === 0) return null;
  return (
    <section className="org-panel join-code-sheet" aria-labelledby="org-codes-title">
      <h2 id="org-codes-title">Join codes</h2>
      <p className="org-no-print">
        Copy or print these now: they cannot be shown again (a new code can be made later).
      </p>
      <button type="button" className="org-primary org-no-print" onClick={() => window.print()}>
        Print join codes
      </button>
      <ul className="join-codes">
        {codes.map((c) => (
          <li key={c.id}>
            <span className="join-code-team">
              {c.teamName}
              {!c.teamName.includes(stateName(c.state)) && (
                <span className="org-muted"> ({stateName(c.state)})</span>
              )}
            </span>
            <code className="join-code">{grouped(c.joinCode)}</code>
            <span className="join-code-hint">
              Open the convening app, go to “Our plan” and enter this code as the team join code.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
