import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { diffText, setText, transformPosition } from './text';

describe('diffText', () => {
  it('finds the single changed range', () => {
    expect(diffText('hello world', 'hello brave world')).toEqual({
      index: 6,
      remove: 0,
      insert: 'brave ',
    });
    expect(diffText('abcdef', 'abXef')).toEqual({ index: 2, remove: 2, insert: 'X' });
    expect(diffText('same', 'same')).toBeNull();
    expect(diffText('', 'new')).toEqual({ index: 0, remove: 0, insert: 'new' });
    expect(diffText('gone', '')).toEqual({ index: 0, remove: 4, insert: '' });
  });

  it('uses the caret to place an insertion among repeated characters', () => {
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
  });

  it('never splits a surrogate pair', () => {
    const c = diffText('a😀', 'a😃')!;
    expect(c).toEqual({ index: 1, remove: 2, insert: '😃' });
  });
});

describe('setText', () => {
  it('edits only the changed range so a concurrent edit elsewhere survives', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'The team will meet monthly.');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setText(a.getText('t'), 'The State team will meet monthly.');
    setText(b.getText('t'), 'The team will meet every month.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getText('t').toString()).toBe('The State team will meet every month.');
    expect(b.getText('t').toString()).toBe(a.getText('t').toString());
  });

  it('is a no-op when the value is unchanged', () => {
    const d = new Y.Doc();
    d.getText('t').insert(0, 'x');
    let updates = 0;
    d.on('update', () => updates++);
    setText(d.getText('t'), 'x');
    expect(updates).toBe(0);
  });
});

describe('transformPosition', () => {
  it('shifts the caret by text inserted or deleted before it', () => {
    expect(transformPosition(5, [{ insert: 'abc' }])).toBe(8);
    expect(transformPosition(5, [{ retain: 2 }, { delete: 2 }])).toBe(3);
    expect(transformPosition(5, [{ retain: 3 }, { delete: 5 }])).toBe(3);
  });

  it('ignores changes after the caret, and inserts exactly at it', () => {
    expect(transformPosition(2, [{ retain: 4 }, { insert: 'zz' }])).toBe(2);
    expect(transformPosition(2, [{ retain: 2 }, { insert: 'zz' }])).toBe(2);
    expect(transformPosition(2, [{ retain: 2 }, { delete: 3 }])).toBe(2);
  });
});
