/**
 * "Got it" on a notice of agenda changes: acknowledges them. The notice goes
 * away with the button, so focus moves to the page's heading first.
 */
import { keepPlace, pageHeading } from '../../../app/focus/moveFocus';

export function AckButton({ onAck }: { onAck: () => Promise<void> | void }) {
  return (
    <button
      type="button"
      className="change-ack"
      onClick={() => {
        keepPlace([pageHeading]);
        void onAck();
      }}
    >
      Got it
    </button>
  );
}
