// Who handles Ctrl+Z: the plan everywhere, except a text field outside the
// plan that was the last one typed into (its own typing is its own to undo).
import { describe, expect, it } from 'vitest';
import { PLAN_FIELD_ATTR, undoCommand, undoHandler } from './undoRoute';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>>,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undoCommand', () => {
  it('reads Ctrl/Cmd+Z as undo, with Shift or Y as redo, and nothing else', () => {
    expect(undoCommand(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoCommand(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(undoCommand(key('y', { ctrlKey: true }))).toBe('redo');
    expect(undoCommand(key('z', {}))).toBeNull();
    expect(undoCommand(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
  });
});

describe('undoHandler', () => {
  const input = () => document.createElement('input');
  it('the plan handles it on the page itself and on buttons (the browser would undo some field)', () => {
    expect(undoHandler(document.body, null)).toBe('plan');
    expect(undoHandler(document.createElement('button'), input())).toBe('plan');
  });
  it('the plan handles it in its own fields: its undo covers their typing', () => {
    const field = input();
    field.setAttribute(PLAN_FIELD_ATTR, '');
    expect(undoHandler(field, field)).toBe('plan');
  });
  it("the browser keeps it in another text field only for that field's own typing", () => {
    const field = input();
    expect(undoHandler(field, field)).toBe('browser');
    expect(undoHandler(field, input())).toBe('plan');
    expect(undoHandler(field, null)).toBe('plan');
  });
});
