/** "Move up" / "Move down" for one goal or step; named in full for screen readers. */
export function MoveButtons({
  name,
  noun,
  isFirst,
  isLast,
  onMove,
}: {
  /** Who moves, for the accessible name: "goal 2", "step 1.3". */
  name: string;
  /** Shown in the visible text ("Move goal up"); omitted, just "Move up". */
  noun?: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  const text = (dir: string) => `Move ${noun ? `${noun} ` : ''}${dir}`;
  return (
    <>
      <button
        type="button"
        disabled={isFirst}
        aria-label={`Move ${name} up`}
        onClick={() => onMove(-1)}
      >
        {text('up')}
      </button>
      <button
        type="button"
        disabled={isLast}
        aria-label={`Move ${name} down`}
        onClick={() => onMove(1)}
      >
        {text('down')}
      </button>
    </>
  );
}
