/**
 * Catches a screen whose code could not be loaded (a lazy chunk that is not
 * in the offline cache, e.g. the organizer screens on a device that never
 * opened them online) and says what to do, instead of a blank page.
 */
import { Component, type ReactNode } from 'react';

export class LoadBoundary extends Component<
  { children: ReactNode; what: string },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="load-failure" role="alert">
        <h1>{this.props.what} could not be opened</h1>
        <p>
          {navigator.onLine
            ? 'Its code did not load. Reload the page to try again.'
            : 'This device is offline, and these screens are kept offline only after they have been opened once with a connection. Connect and reload.'}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
