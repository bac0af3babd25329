/**
 * Who handles Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y while the plan is shown: the
 * plan's undo manager, or the browser. The browser's undo is document-wide
 * in Chromium: pressed with focus on <body> or on a button, it reverted the
 * last typing in whichever field had it and erased a step's text, while the
 * move the person meant to undo stayed. So the plan handles the shortcut
 * everywhere, in fields bound to the plan too (its undo covers their typing
 * and keeps the caret); the browser keeps it only in a text field that is not
 * part of the plan (a join code, a new partner's name) and was the last field
 * typed into, so its undo can only touch that field's own typing.
 */

export type UndoCommand = 'undo' | 'redo';

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function undoCommand(e: ShortcutKey): UndoCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Marks a field whose text lives in the plan document (YTextField). */
export const PLAN_FIELD_ATTR = 'data-plan-text';

/** 'browser' to leave the key alone, 'plan' to run the plan's undo or redo. */
export function undoHandler(target: Element | null, lastTyped: Element | null): 'browser' | 'plan' {
  if (isTextField(target) && !target!.hasAttribute(PLAN_FIELD_ATTR) && target === lastTyped)
    return 'browser';
  return 'plan';
}
