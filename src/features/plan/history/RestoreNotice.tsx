/**
 * The line shown after a restore: what came back, and an Undo that takes it
 * back out (the plan editor's own undo manager, so the editor's Undo works
 * on it as well). It takes focus, so a keyboard or screen-reader user hears
 * what happened and has Undo right there.
 */
import { useEffect, useRef } from 'react';
import type { Undo } from '../usePlan';

export function RestoreNotice({
  text,
  undo,
  onUndone,
}: {
  text: string;
  undo: Undo;
  onUndone: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [text]);
  return (
    <div className="banner restore-notice" role="status" tabIndex={-1} ref={ref}>
      <p>{text}</p>
      <button
        type="button"
        onClick={() => {
          undo.undo();
          onUndone();
        }}
        disabled={!undo.canUndo}
      >
        Undo the restore
      </button>
    </div>
  );
}
