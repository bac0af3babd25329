/**
 * "Move up" / "Move down" for one goal or step. The accessible name starts
 * with the visible text ("Move goal up, goal 2") so voice control finds it.
 * When a move takes the item to the top or bottom, the pressed button is
 * disabled; focus then goes to the item's other move button (the app's focus
 * rule, app/focus/moveFocus.ts) instead of falling to the page.
 */
import { keepPlace } from '../../app/focus/moveFocus';

export function MoveButtons({
  name,
  noun,
  idBase,
  isFirst,
  isLast,
  onMove,
}: {
  /** Who moves, added to the accessible name: "goal 2", "step 1.3". */
  name: string;
  /** Shown in the visible text ("Move goal up"); omitted, just "Move up". */
  noun?: string;
  /** Stable per item (not per position), so focus can find the buttons after the move. */
  idBase: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  const text = (dir: string) => `Move ${noun ? `${noun} ` : ''}${dir}`;
  const up = `${idBase}-move-up`;
  const down = `${idBase}-move-down`;
  const move = (delta: -1 | 1) => {
    keepPlace(delta < 0 ? [up, down] : [down, up]);
    onMove(delta);
  };
  return (
    <>
      <button
        type="button"
        id={up}
        disabled={isFirst}
        aria-label={`${text('up')}, ${name}`}
        onClick={() => move(-1)}
      >
        {text('up')}
      </button>
      <button
        type="button"
        id={down}
        disabled={isLast}
        aria-label={`${text('down')}, ${name}`}
        onClick={() => move(1)}
      >
        {text('down')}
      </button>
    </>
  );
}
