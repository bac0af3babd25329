// A field bound to Y.Text: typing makes minimal edits, and a change arriving
// from elsewhere updates the field without moving the typist's caret.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { YTextField } from './YTextField';

describe('YTextField', () => {
  it('typing edits the shared text in place (a concurrent edit elsewhere survives)', async () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'team meets');
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    render(<YTextField ytext={text} id="f" label="Field" />);
    const input = screen.getByLabelText('Field') as HTMLInputElement;
    await userEvent.type(input, ' monthly');
    peer.getText('t').insert(0, 'The ');
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), 'remote'));
    expect(input).toHaveValue('The team meets monthly');
  });

  it('keeps the caret in place when text is inserted before it from elsewhere', async () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'abcdef');
    render(<YTextField ytext={text} id="f" label="Field" multiline />);
    const area = screen.getByLabelText('Field') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(4, 4); // between "d" and "e"
    act(() => doc.transact(() => text.insert(1, 'XYZ'), 'remote'));
    expect(area).toHaveValue('aXYZbcdef');
    expect(area.selectionStart).toBe(7);
    act(() => doc.transact(() => text.delete(0, 4), 'remote'));
    expect(area).toHaveValue('bcdef');
    expect(area.selectionStart).toBe(3);
  });

  it("keeps a selection on the same characters when a teammate's pushed update inserts before it", () => {
    const doc = new Y.Doc();
    const text = doc.getText('title');
    text.insert(0, 'Plan for 2015');
    const teammate = new Y.Doc();
    Y.applyUpdate(teammate, Y.encodeStateAsUpdate(doc));
    render(<YTextField ytext={text} id="f" label="Title" />);
    const input = screen.getByLabelText('Title') as HTMLInputElement;
    input.focus();
    input.setSelectionRange(9, 13); // "2015" selected
    // The teammate types at the start; their update arrives as bytes (live push).
    const before = Y.encodeStateVector(teammate);
    teammate.getText('title').insert(0, 'Our ');
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(teammate, before), 'remote'));
    expect(input).toHaveValue('Our Plan for 2015');
    expect(input.value.slice(input.selectionStart!, input.selectionEnd!)).toBe('2015');
    expect(document.activeElement).toBe(input);
  });
});
