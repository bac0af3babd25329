/**
 * The plan's undo and redo shortcuts, on the whole document while the plan
 * editor is shown (focus on <body> after a removal included); see
 * undoRoute.ts for when the browser keeps them. Also ends the undo manager's
 * merging window whenever focus moves to another control, so one undo step
 * never spans typing in a field and a move made right after it.
 */
import { useEffect } from 'react';
import { isTextField, undoCommand, undoHandler } from './undoRoute';

export interface UndoActions {
  undo: () => void;
  redo: () => void;
  /** Closes the current undo step (Y.UndoManager.stopCapturing). */
  stopCapturing: () => void;
}

export function useUndoShortcuts({ undo, redo, stopCapturing }: UndoActions): void {
  useEffect(() => {
    let lastTyped: Element | null = null;
    const onInput = (e: Event) => {
      if (isTextField(e.target as Element)) lastTyped = e.target as Element;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      const command = undoCommand(e);
      if (!command || e.defaultPrevented) return;
      if (undoHandler(e.target as Element, lastTyped) === 'browser') return;
      e.preventDefault();
      if (command === 'undo') undo();
      else redo();
    };
    const onFocusIn = () => stopCapturing();
    document.addEventListener('input', onInput, true);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('input', onInput, true);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [undo, redo, stopCapturing]);
}
