/**
 * Asks for the organizer credential once per browser session, checks it
 * against the endpoint before keeping it, and offers to forget it. Checking
 * needs the network: offline, the form says so before anyone types.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { keepPlace, pageHeading } from '../../app/focus/moveFocus';
import { usePageTitle } from '../../app/usePageTitle';
import { useAppStore } from '../../app/store';
import { getOrganizerToken, setOrganizerToken, verifyOrganizerToken } from '../../sync/organizer';

export function CredentialGate({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(getOrganizerToken);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const online = useAppStore((s) => s.online);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const value = input.trim();
    if (!value) {
      setError('Enter the organizer credential.');
      return;
    }
    if (!online) {
      setError(OFFLINE);
      return;
    }
    setBusy(true);
    setError('');
    const r = await verifyOrganizerToken(value);
    setBusy(false);
    if (r.ok) {
      // The form goes away; the organizer screen's heading takes focus.
      keepPlace([pageHeading]);
      setOrganizerToken(value);
      setToken(value);
      setInput('');
    } else {
      setError(
        r.kind === 'unauthorized'
          ? 'Wrong credential: the endpoint did not accept it. Check it and try again.'
          : r.kind === 'network'
            ? OFFLINE
            : r.message,
      );
    }
  }

  if (!token) {
    return (
      <section className="org-gate" aria-labelledby="org-gate-title">
        <SignInTitle />
        <h1 id="org-gate-title">Organizer sign-in</h1>
        <p>
          Enter the organizer credential to edit the agenda and see State teams. It is kept only
          until this browser tab session ends.
        </p>
        {!online && (
          <p className="org-panel org-warn" id="org-gate-offline" role="status">
            This device is offline. Signing in needs a network connection: the endpoint checks the
            credential. Connect, then sign in.
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <label htmlFor="org-token">Organizer credential</label>
          <input
            id="org-token"
            type="password"
            autoComplete="current-password"
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'org-token-error' : undefined}
          />
          {error && (
            <p id="org-token-error" className="org-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="org-primary" disabled={busy}>
            {busy ? 'Checking…' : 'Sign in'}
          </button>
        </form>
      </section>
    );
  }

  return (
    <>
      <div className="org-signed-in">
        <span>Signed in as organizer</span>
        <button
          type="button"
          className="org-link-button"
          onClick={() => {
            setOrganizerToken(null);
            setToken(null);
          }}
        >
          Sign out
        </button>
      </div>
      {children}
    </>
  );
}

const OFFLINE =
  'Could not reach the endpoint: signing in needs a network connection. Connect and try again.';

function SignInTitle() {
  usePageTitle('Organizer sign-in');
  return null;
}
